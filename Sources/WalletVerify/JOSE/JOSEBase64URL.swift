import Foundation

/// Strict base64url (RFC 4648 §5, no padding) as JOSE requires (RFC 7515 §2).
///
/// Strict on purpose: padding, whitespace, the `+`/`/` alphabet or non-zero trailing bits are all
/// rejected, so two different strings can never decode to the same signed bytes.
public enum JOSEBase64URL {
    /// Largest input accepted (characters); the 10 MB input limit bounds it further.
    public static let maxLength = 16 * 1024 * 1024

    /// Decodes `text`; nil when it is not canonical unpadded base64url.
    public static func decode(_ text: Substring) -> Data? {
        let bytes = Array(text.utf8)
        guard bytes.count <= maxLength, bytes.count % 4 != 1 else { return nil }
        var out = Data()
        out.reserveCapacity(bytes.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            guard let value = sextet(byte) else { return nil }
            buffer = (buffer << 6) | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((buffer >> UInt32(bits)) & 0xFF))
            }
        }
        // The leftover bits must be zero, otherwise the encoding is not canonical.
        guard buffer & ((1 << UInt32(bits)) - 1) == 0 else { return nil }
        return out
    }

    /// Decodes a whole string; see `decode(_:)` for the rules.
    public static func decode(_ text: String) -> Data? { decode(Substring(text)) }

    /// Encodes bytes as unpadded base64url.
    public static func encode(_ data: Data) -> String {
        data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    private static func sextet(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0") + 52
        case UInt8(ascii: "-"): 62
        case UInt8(ascii: "_"): 63
        default: nil
        }
    }
}
