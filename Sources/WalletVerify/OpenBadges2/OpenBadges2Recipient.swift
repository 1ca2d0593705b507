import Crypto
import Foundation
import WalletJSON

/// Checks whether an Open Badges 2.0 `recipient` identifies a given person (OB 2.0 §IdentityObject):
/// plaintext identities compare directly; hashed ones are `sha256$hex(SHA-256(plaintext + salt))`
/// (or `md5$…`, which cairn does not accept as proof and reports as not matching).
public enum OpenBadges2Recipient {
    /// True when `plaintext` (an e-mail address, URL or phone number) is the recipient.
    public static func matches(_ recipient: JSONObject, plaintext: String) -> Bool {
        guard let identity = recipient["identity"]?.stringValue else { return false }
        guard recipient["hashed"]?.boolValue == true else {
            return identity.caseInsensitiveCompare(plaintext) == .orderedSame
        }
        let salt = recipient["salt"]?.stringValue ?? ""
        let parts = identity.split(separator: "$", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "sha256" else { return false }
        let digest = SHA256.hash(data: Data((plaintext + salt).utf8))
        let hex = digest.map { String(format: "%02x", $0) }.joined()
        return hex == parts[1].lowercased()
    }
}
