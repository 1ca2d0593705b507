import Foundation

/// Base64url without padding (RFC 4648 § 5), as JOSE, `did:jwk` and multibase `u` use it.
public enum Base64URL {
    /// Decodes base64url (padding optional); nil for any character outside the alphabet.
    public static func decode(_ text: String) -> [UInt8]? {
        var standard = ""
        standard.reserveCapacity(text.utf8.count + 3)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "-": standard.append("+")
            case "_": standard.append("/")
            case "=": continue
            case "A"..."Z", "a"..."z", "0"..."9": standard.unicodeScalars.append(scalar)
            default: return nil
            }
        }
        guard standard.count % 4 != 1 else { return nil }
        standard += String(repeating: "=", count: (4 - standard.count % 4) % 4)
        return Data(base64Encoded: standard).map { Array($0) }
    }

    /// Encodes bytes as base64url without padding.
    public static func encode<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
