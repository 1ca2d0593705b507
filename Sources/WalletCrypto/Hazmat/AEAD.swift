import Crypto
import Foundation

/// ChaCha20-Poly1305 with the nonce carried in front of the ciphertext: nonce(12) ‖ ct ‖ tag(16).
///
/// Only the `Safe` envelopes call this; it knows nothing about purposes or namespaces.
enum AEAD {
    static let overhead = 12 + 16

    static func seal(_ plaintext: some DataProtocol, key: SymmetricKey, associatedData: [UInt8]) throws -> [UInt8] {
        let box = try ChaChaPoly.seal(plaintext, using: key, nonce: ChaChaPoly.Nonce(), authenticating: associatedData)
        return Array(box.combined)
    }

    static func open(_ sealed: some DataProtocol, key: SymmetricKey, associatedData: [UInt8]) throws(CryptoError) -> [UInt8] {
        guard sealed.count >= overhead else { throw .malformed("sealed box shorter than \(overhead) bytes") }
        do {
            let box = try ChaChaPoly.SealedBox(combined: sealed)
            return Array(try ChaChaPoly.open(box, using: key, authenticating: associatedData))
        } catch {
            throw .authenticationFailed
        }
    }
}
