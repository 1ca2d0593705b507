import Crypto
import Foundation

/// Seals and opens one record blob under a fresh content key per write.
///
/// Layout (version 1): version 0x01 ‖ key salt(32) ‖ nonce(12) ‖ ciphertext ‖ tag(16).
/// The content key is HKDF-SHA256(master key, salt: random 32 bytes, info: namespace label), so
/// every write uses a key that was never used before (Bitwarden's single-use CEK, age's payload
/// key) without storing a wrapped key. The namespace (label ‖ record id ‖ schema version) is the
/// associated data: a blob moved to another row, column or schema version fails to open.
public enum DataEnvelope {
    static let version: UInt8 = 1
    /// Bytes added to the plaintext length.
    public static let overhead = 1 + 32 + AEAD.overhead

    /// Seals `plaintext` for `namespace` under a fresh content key.
    public static func seal(_ plaintext: some DataProtocol, namespace: Namespace, masterKey: MasterKey) throws -> [UInt8] {
        let salt = SecureRandom.bytes(32)
        let key = masterKey.subkey(namespace.label, salt: salt)
        let sealed = try AEAD.seal(plaintext, key: key, associatedData: namespace.associatedData)
        return [version] + salt + sealed
    }

    /// Opens a blob sealed for `namespace`; `authenticationFailed` if any byte changed.
    public static func open(_ blob: [UInt8], namespace: Namespace, masterKey: MasterKey) throws(CryptoError) -> [UInt8] {
        guard blob.count >= overhead else { throw .malformed("record blob is \(blob.count) bytes") }
        guard blob[0] == version else { throw .authenticationFailed }
        let salt = Array(blob[1..<33])
        let key = masterKey.subkey(namespace.label, salt: salt)
        return try AEAD.open(blob[33...], key: key, associatedData: namespace.associatedData)
    }
}
