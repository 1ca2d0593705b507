import Crypto
import Foundation

/// A content key for one purpose (one namespace label), derived once from the master key.
public struct ContentKey: Sendable, CustomStringConvertible {
    let key: SymmetricKey
    /// The label it was derived for; blobs sealed under it must carry the same label.
    public let label: String

    /// HKDF-SHA256(master key, info: label).
    public init(masterKey: MasterKey, label: String) {
        key = masterKey.subkey(label)
        self.label = label
    }

    public var description: String { "ContentKey(\(label), redacted)" }
}

/// Seals and opens one record blob.
///
/// Layout (version 1): version 0x01 ‖ nonce(12) ‖ ciphertext ‖ tag(16), ChaCha20-Poly1305 under the
/// content key of the blob's namespace label, with a fresh random nonce on every write. The
/// namespace (label ‖ record id ‖ schema version) is the associated data: a blob moved to another
/// row, column or schema version fails to open (Bitwarden namespaces).
///
/// Why one key per label and random nonces rather than a fresh key per write: deriving a key per
/// record cost more than the rest of listing 10,000 credentials; a random 96-bit nonce is safe
/// for far more than 2^32 writes under one key (NIST SP 800-38D bound), and a wallet makes
/// thousands. The label keys differ, so overview and details never share a key.
public enum DataEnvelope {
    static let version: UInt8 = 1
    /// Bytes added to the plaintext length.
    public static let overhead = 1 + AEAD.overhead

    /// Seals `plaintext` for `namespace` with a fresh nonce.
    public static func seal(_ plaintext: some DataProtocol, namespace: Namespace, key: ContentKey) throws -> [UInt8] {
        guard key.label == namespace.label else { throw CryptoError.malformed("content key is for \(key.label)") }
        return [version] + (try AEAD.seal(plaintext, key: key.key, associatedData: namespace.associatedData))
    }

    /// Opens a blob sealed for `namespace`; `authenticationFailed` if any byte changed.
    public static func open(_ blob: [UInt8], namespace: Namespace, key: ContentKey) throws(CryptoError) -> [UInt8] {
        guard blob.count >= overhead else { throw .malformed("record blob is \(blob.count) bytes") }
        guard blob[0] == version, key.label == namespace.label else { throw .authenticationFailed }
        return try AEAD.open(blob[1...], key: key.key, associatedData: namespace.associatedData)
    }

    /// Convenience: seal under the content key for `namespace.label` derived from `masterKey`.
    public static func seal(_ plaintext: some DataProtocol, namespace: Namespace, masterKey: MasterKey) throws -> [UInt8] {
        try seal(plaintext, namespace: namespace, key: ContentKey(masterKey: masterKey, label: namespace.label))
    }

    /// Convenience: open with the content key for `namespace.label` derived from `masterKey`.
    public static func open(_ blob: [UInt8], namespace: Namespace, masterKey: MasterKey) throws(CryptoError) -> [UInt8] {
        try open(blob, namespace: namespace, key: ContentKey(masterKey: masterKey, label: namespace.label))
    }
}
