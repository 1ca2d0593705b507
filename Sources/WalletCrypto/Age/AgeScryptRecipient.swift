import Crypto
import _CryptoExtras
import Foundation

/// A passphrase recipient: the file key is wrapped with a key derived by scrypt.
///
/// The work factor defaults to 2^18 (about one second), as age does. A scrypt stanza must be the
/// only stanza of a file: mixing it with public-key recipients would let any of them learn
/// nothing new but would make the passphrase look like just another key (age's rule).
public struct AgeScryptRecipient: AgeRecipient {
    static let label = "age-encryption.org/v1/scrypt"
    private let passphrase: [UInt8]
    /// log2 of the scrypt cost parameter N.
    public let workFactor: Int

    public init(passphrase: String, workFactor: Int = 18) throws(AgeError) {
        guard !passphrase.isEmpty else { throw .invalidRecipient("the passphrase is empty") }
        guard (1...30).contains(workFactor) else { throw .invalidRecipient("scrypt work factor \(workFactor) is out of range 1...30") }
        self.passphrase = Array(passphrase.utf8)
        self.workFactor = workFactor
    }

    public func wrap(fileKey: [UInt8]) throws(AgeError) -> [AgeStanza] {
        let salt = AgePrimitives.randomBytes(16)
        let key = try Self.deriveKey(passphrase: passphrase, salt: salt, logN: workFactor)
        let body = try AgePrimitives.wrap(fileKey, with: key)
        return [AgeStanza(type: "scrypt", arguments: [AgeBase64.encode(salt), String(workFactor)], body: body)]
    }

    static func deriveKey(passphrase: [UInt8], salt: [UInt8], logN: Int) throws(AgeError) -> SymmetricKey {
        do {
            return try KDF.Scrypt.deriveKey(
                from: passphrase, salt: Array(label.utf8) + salt, outputByteCount: 32,
                rounds: 1 << logN, blockSize: 8, parallelism: 1)
        } catch {
            throw .crypto("scrypt failed: \(error)")
        }
    }
}
