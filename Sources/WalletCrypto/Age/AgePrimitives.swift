import Crypto
import Foundation

/// The small set of primitives age is built from: HKDF-SHA-256 and ChaCha20-Poly1305.
///
/// Key wrapping uses a fixed all-zero nonce. Why that is safe: every wrapping key is derived
/// fresh (from a new ephemeral X25519 share or a new scrypt salt) and encrypts exactly one
/// message, the file key — the construction age specifies.
enum AgePrimitives {
    static let fileKeySize = 16

    static func hkdf(_ secret: [UInt8], salt: [UInt8], info: String) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: secret), salt: salt, info: Array(info.utf8), outputByteCount: 32)
    }

    /// Wraps a 16-byte file key: ciphertext ‖ tag (32 bytes).
    static func wrap(_ fileKey: [UInt8], with key: SymmetricKey) throws(AgeError) -> [UInt8] {
        do {
            let box = try ChaChaPoly.seal(fileKey, using: key, nonce: ChaChaPoly.Nonce(data: zeroNonce))
            return Array(box.ciphertext) + Array(box.tag)
        } catch {
            throw .crypto("could not wrap the file key: \(error)")
        }
    }

    /// Unwraps a file key; nil when the key does not open the body (a stanza for someone else).
    static func unwrap(_ body: [UInt8], with key: SymmetricKey) -> [UInt8]? {
        guard body.count == fileKeySize + 16,
            let nonce = try? ChaChaPoly.Nonce(data: zeroNonce),
            let box = try? ChaChaPoly.SealedBox(
                nonce: nonce, ciphertext: body.prefix(fileKeySize), tag: body.suffix(16)),
            let plain = try? ChaChaPoly.open(box, using: key)
        else { return nil }
        return Array(plain)
    }

    /// The header MAC: HMAC-SHA-256 keyed with HKDF(file key, info "header").
    static func headerMAC(fileKey: [UInt8], header: [UInt8]) -> [UInt8] {
        let key = hkdf(fileKey, salt: [], info: "header")
        return Array(HMAC<SHA256>.authenticationCode(for: header, using: key))
    }

    static func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    private static let zeroNonce = [UInt8](repeating: 0, count: 12)
}
