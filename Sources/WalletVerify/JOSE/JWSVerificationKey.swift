import Crypto
import Foundation
import _CryptoExtras

/// A public key able to check a JWS signature, whatever form it arrived in (JWK, PEM, X.509).
public enum JWSVerificationKey: Sendable {
    case ed25519(Curve25519.Signing.PublicKey)
    case p256(P256.Signing.PublicKey)
    case p384(P384.Signing.PublicKey)
    case rsa(_RSA.Signing.PublicKey)

    /// A short name for messages, e.g. "RSA-2048" or "Ed25519".
    public var label: String {
        switch self {
        case .ed25519: "Ed25519"
        case .p256: "P-256"
        case .p384: "P-384"
        case .rsa(let key): "RSA-\(key.keySizeInBits)"
        }
    }

    /// Checks `signature` over `signingInput` with `algorithm`.
    ///
    /// Throws when the algorithm does not fit this key (an RS256 token with an EC key must not
    /// be "verified" by accident); returns false when the signature simply does not match.
    public func isValidSignature(
        _ signature: Data, for signingInput: Data, algorithm: JWSAlgorithm
    ) throws(JOSEError) -> Bool {
        switch (algorithm, self) {
        case (.edDSA, .ed25519(let key)):
            return key.isValidSignature(signature, for: signingInput)
        case (.es256, .p256(let key)):
            guard let sig = try? P256.Signing.ECDSASignature(rawRepresentation: signature) else { return false }
            return key.isValidSignature(sig, for: SHA256.hash(data: signingInput))
        case (.es384, .p384(let key)):
            guard let sig = try? P384.Signing.ECDSASignature(rawRepresentation: signature) else { return false }
            return key.isValidSignature(sig, for: SHA384.hash(data: signingInput))
        case (.rs256, .rsa(let key)):
            let sig = _RSA.Signing.RSASignature(rawRepresentation: signature)
            return key.isValidSignature(sig, for: SHA256.hash(data: signingInput), padding: .insecurePKCS1v1_5)
        case (.ps256, .rsa(let key)):
            let sig = _RSA.Signing.RSASignature(rawRepresentation: signature)
            return key.isValidSignature(sig, for: SHA256.hash(data: signingInput), padding: .PSS)
        default:
            throw JOSEError(.badKey, "a \(label) key cannot check a \(algorithm.rawValue) signature")
        }
    }

    /// Whether two keys are the same public key (used to tie an embedded `jwk` to a known key).
    public func sameKey(as other: JWSVerificationKey) -> Bool {
        switch (self, other) {
        case (.ed25519(let a), .ed25519(let b)): a.rawRepresentation == b.rawRepresentation
        case (.p256(let a), .p256(let b)): a.rawRepresentation == b.rawRepresentation
        case (.p384(let a), .p384(let b)): a.rawRepresentation == b.rawRepresentation
        case (.rsa(let a), .rsa(let b)): a.derRepresentation == b.derRepresentation
        default: false
        }
    }
}
