import Crypto
import Foundation
import _CryptoExtras

/// scrypt cost parameters and salt, stored in the wallet header so any machine can re-derive the key.
public struct ScryptParameters: Sendable, Equatable {
    /// log2 of the CPU/memory cost N.
    public var logN: Int
    /// Block size r.
    public var r: Int
    /// Parallelism p.
    public var p: Int
    /// 32 random bytes.
    public var salt: [UInt8]

    /// The smallest logN accepted (for tests); anything below 15 is weak against guessing.
    public static let minimumLogN = 10
    /// The largest logN accepted when opening a file, so a crafted file cannot demand unbounded
    /// memory/time (age `SetMaxWorkFactor`).
    public static let maximumLogN = 22
    /// The default: about 0.8 s of CPU on this machine's cores (age uses 18 for ~1 s).
    public static let defaultLogN = 18

    public init(logN: Int, r: Int = 8, p: Int = 1, salt: [UInt8] = SecureRandom.bytes(32)) {
        self.logN = logN
        self.r = r
        self.p = p
        self.salt = salt
    }

    /// Checks the parameters are in the accepted range.
    public func validate() throws(CryptoError) {
        guard (Self.minimumLogN...Self.maximumLogN).contains(logN) else {
            throw .unsupportedParameters("logN \(logN) is outside \(Self.minimumLogN)...\(Self.maximumLogN)")
        }
        guard r == 8, (1...4).contains(p), salt.count == 32 else {
            throw .unsupportedParameters("r=\(r) p=\(p) salt=\(salt.count) bytes")
        }
    }

    /// The key-encryption key for `passphrase` (slow on purpose).
    func deriveKey(from passphrase: Passphrase) throws(CryptoError) -> SymmetricKey {
        try validate()
        do {
            return try KDF.Scrypt.deriveKey(
                from: passphrase.bytes, salt: salt, outputByteCount: 32, rounds: 1 << logN,
                blockSize: r, parallelism: p)
        } catch {
            throw .unsupportedParameters("scrypt failed: \(error)")
        }
    }
}
