import Crypto
import Foundation

/// An age X25519 recipient, written `age1…` (Bech32 of the 32-byte Curve25519 public key).
public struct AgeX25519Recipient: AgeRecipient, Equatable, CustomStringConvertible {
    static let label = "age-encryption.org/v1/X25519"

    /// The raw 32-byte public key.
    public let publicKey: [UInt8]

    /// Parses an `age1…` recipient string.
    public init(string: String) throws(AgeError) {
        let text = string.trimmingCharacters(in: .whitespaces)
        guard let (hrp, data) = Bech32.decode(text) else { throw .invalidRecipient("\"\(text.prefix(20))…\" is not valid Bech32") }
        guard hrp == "age" else { throw .invalidRecipient("expected an age1… recipient, got prefix \"\(hrp)\"") }
        guard data.count == 32 else { throw .invalidRecipient("the key is \(data.count) bytes, expected 32") }
        publicKey = data
    }

    /// Creates a recipient from a raw 32-byte public key.
    public init(publicKey: [UInt8]) throws(AgeError) {
        guard publicKey.count == 32 else { throw .invalidRecipient("the key is \(publicKey.count) bytes, expected 32") }
        self.publicKey = publicKey
    }

    /// Creates a recipient from a Curve25519 public key (always 32 bytes).
    init(curveKey: Curve25519.KeyAgreement.PublicKey) {
        publicKey = Array(curveKey.rawRepresentation)
    }

    /// The `age1…` form.
    public var string: String { Bech32.encode(hrp: "age", data: publicKey) }

    public var description: String { string }

    public func wrap(fileKey: [UInt8]) throws(AgeError) -> [AgeStanza] {
        let ephemeral = Curve25519.KeyAgreement.PrivateKey()
        let share = Array(ephemeral.publicKey.rawRepresentation)
        let shared: [UInt8]
        do {
            let theirs = try Curve25519.KeyAgreement.PublicKey(rawRepresentation: publicKey)
            shared = try ephemeral.sharedSecretFromKeyAgreement(with: theirs).withUnsafeBytes { Array($0) }
        } catch {
            throw .crypto("X25519 key agreement failed: \(error)")
        }
        guard shared.contains(where: { $0 != 0 }) else { throw .invalidRecipient("the recipient key is a low-order point") }
        let key = AgePrimitives.hkdf(shared, salt: share + publicKey, info: Self.label)
        let body = try AgePrimitives.wrap(fileKey, with: key)
        return [AgeStanza(type: "X25519", arguments: [AgeBase64.encode(share)], body: body)]
    }
}
