import Crypto
import Foundation

/// The master key wrapped under a key derived from the passphrase with scrypt.
///
/// Layout (version 1): kdf id 0x01 (scrypt) ‖ logN(1) ‖ r(4) ‖ p(4) ‖ salt(32) ‖ nonce(12) ‖
/// wrapped key(32) ‖ tag(16) = 102 bytes. The KDF parameters are part of the associated data, so
/// a file whose cost was lowered no longer unwraps. Re-wrapping (passphrase change) draws a fresh
/// salt and nonce; the master key itself stays the same.
public struct PassphraseEnvelope: Sendable, Equatable {
    public let parameters: ScryptParameters
    let wrappedKey: [UInt8]

    static let label = "cairn.v1/master-key"
    static let scryptID: UInt8 = 1
    /// The serialized size in bytes.
    public static let byteCount = 1 + 1 + 4 + 4 + 32 + 12 + 32 + 16

    /// Wraps `masterKey` under `passphrase` (takes about as long as one unlock).
    public static func seal(
        _ masterKey: MasterKey, passphrase: Passphrase, parameters: ScryptParameters
    ) throws -> PassphraseEnvelope {
        let kek = try parameters.deriveKey(from: passphrase)
        let raw = masterKey.key.withUnsafeBytes { Array($0) }
        let wrapped = try AEAD.seal(raw, key: kek, associatedData: associatedData(for: parameters))
        return PassphraseEnvelope(parameters: parameters, wrappedKey: wrapped)
    }

    /// Unwraps the master key; `wrongPassphrase` when the passphrase (or the envelope) is wrong.
    public func open(passphrase: Passphrase) throws(CryptoError) -> MasterKey {
        let kek = try parameters.deriveKey(from: passphrase)
        do {
            let raw = try AEAD.open(wrappedKey, key: kek, associatedData: Self.associatedData(for: parameters))
            return MasterKey(key: SymmetricKey(data: raw))
        } catch {
            throw .wrongPassphrase
        }
    }

    /// The envelope's bytes.
    public var serialized: [UInt8] {
        Self.parameterBytes(parameters) + wrappedKey
    }

    /// Parses an envelope, checking the parameters are in the accepted range.
    public init(serialized bytes: [UInt8]) throws(CryptoError) {
        guard bytes.count == Self.byteCount else { throw .malformed("key envelope is \(bytes.count) bytes") }
        var reader = ByteReader(bytes)
        guard try reader.readUInt8() == Self.scryptID else { throw .malformed("unknown key-derivation function") }
        let logN = Int(try reader.readUInt8())
        let r = Int(try reader.readUInt32())
        let p = Int(try reader.readUInt32())
        let parameters = ScryptParameters(logN: logN, r: r, p: p, salt: try reader.read(32))
        try parameters.validate()
        self.init(parameters: parameters, wrappedKey: try reader.read(12 + 32 + 16))
    }

    private init(parameters: ScryptParameters, wrappedKey: [UInt8]) {
        self.parameters = parameters
        self.wrappedKey = wrappedKey
    }

    private static func parameterBytes(_ parameters: ScryptParameters) -> [UInt8] {
        var out: [UInt8] = [scryptID, UInt8(truncatingIfNeeded: parameters.logN)]
        out.appendUInt32(UInt32(truncatingIfNeeded: parameters.r))
        out.appendUInt32(UInt32(truncatingIfNeeded: parameters.p))
        return out + parameters.salt
    }

    private static func associatedData(for parameters: ScryptParameters) -> [UInt8] {
        Array(label.utf8) + [0] + parameterBytes(parameters)
    }
}
