import Crypto
import Foundation

/// The wallet's random 256-bit master key. Every other key is derived from it with HKDF.
///
/// It is generated once when a wallet is created and never changes: changing the passphrase only
/// re-wraps it (Bitwarden key hierarchy), so records never need re-encryption.
public struct MasterKey: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    let key: SymmetricKey

    init(key: SymmetricKey) {
        self.key = key
    }

    /// A fresh key from the system CSPRNG.
    public static func generate() -> MasterKey {
        MasterKey(key: SymmetricKey(size: .bits256))
    }

    /// A sub-key for one purpose, domain-separated by `label` (age's HKDF labels).
    func subkey(_ label: String, salt: [UInt8] = []) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(
            inputKeyMaterial: key, salt: salt, info: Array(label.utf8), outputByteCount: 32)
    }

    public var description: String { "MasterKey(redacted)" }
    public var debugDescription: String { "MasterKey(redacted)" }
}
