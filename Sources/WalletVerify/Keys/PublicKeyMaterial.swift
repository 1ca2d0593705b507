import Crypto
import Foundation
import _CryptoExtras

/// A public key cairn can verify with, whatever form it arrived in (did:key, Multikey, JWK).
public enum PublicKeyMaterial: Sendable {
    case ed25519(Curve25519.Signing.PublicKey)
    case p256(P256.Signing.PublicKey)
    case p384(P384.Signing.PublicKey)
    /// RSA keys arrive only as JWK (OB 2.0 / VC-JWT RS256); Data Integrity suites never use them.
    case rsa(_RSA.Signing.PublicKey)

    /// A short name for messages: "Ed25519", "P-256", "P-384", "RSA".
    public var algorithmName: String {
        switch self {
        case .ed25519: "Ed25519"
        case .p256: "P-256"
        case .p384: "P-384"
        case .rsa: "RSA"
        }
    }

    /// Builds a key from multicodec-prefixed bytes (the decoded `publicKeyMultibase` / `did:key` id).
    public init(multicodec bytes: [UInt8]) throws(KeyResolutionError) {
        guard let (codec, raw) = Multicodec.split(bytes) else {
            throw .malformed("the key is not an Ed25519, P-256 or P-384 multicodec key")
        }
        do {
            switch codec {
            case .ed25519Public: self = .ed25519(try Curve25519.Signing.PublicKey(rawRepresentation: raw))
            case .p256Public: self = .p256(try P256.Signing.PublicKey(compressedRepresentation: raw))
            case .p384Public: self = .p384(try P384.Signing.PublicKey(compressedRepresentation: raw))
            }
        } catch {
            throw .malformed("the \(codec) key bytes are not a valid point")
        }
    }

    /// Builds a key from a multibase `publicKeyMultibase` value (`z6Mk…`, `zDn…`, `z82…`).
    public init(multibase text: String) throws(KeyResolutionError) {
        guard let bytes = Multibase.decode(text) else {
            throw .malformed("publicKeyMultibase \"\(text.prefix(24))…\" is not valid multibase")
        }
        try self.init(multicodec: bytes)
    }

    /// The multibase form (`z` + base58btc of multicodec prefix ‖ key), for non-RSA keys.
    public var multibase: String? {
        switch self {
        case .ed25519(let key): Multibase.encodeBase58(Multicodec.ed25519Public.prefix + key.rawRepresentation)
        case .p256(let key): Multibase.encodeBase58(Multicodec.p256Public.prefix + key.compressedRepresentation)
        case .p384(let key): Multibase.encodeBase58(Multicodec.p384Public.prefix + key.compressedRepresentation)
        case .rsa: nil
        }
    }
}
