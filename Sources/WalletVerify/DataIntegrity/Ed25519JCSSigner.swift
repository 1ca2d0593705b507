import Crypto
import Foundation
import WalletJSON

/// An Ed25519 `did:key` identity that signs with `eddsa-jcs-2022`, for code that must not import
/// Crypto itself (the benchmark, fixtures, the bundle exporter's holder proof).
public struct Ed25519JCSSigner: Sendable {
    let privateKey: Curve25519.Signing.PrivateKey

    /// A signer from a 32-byte seed (deterministic: the same seed always gives the same key).
    public init(seed: [UInt8]) throws(KeyResolutionError) {
        guard let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed) else {
            throw .malformed("an Ed25519 seed is 32 bytes")
        }
        privateKey = key
    }

    /// `did:key:z6Mk…`.
    public var did: String { "did:key:" + multibase }

    /// `did:key:z6Mk…#z6Mk…`, the verification method.
    public var verificationMethod: String { did + "#" + multibase }

    var multibase: String { PublicKeyMaterial.ed25519(privateKey.publicKey).multibase ?? "" }

    /// `document` with an `eddsa-jcs-2022` proof for `purpose`, created at `created`.
    public func sign(_ document: JSONObject, created: String, purpose: String = "assertionMethod") throws(ProofError) -> JSONObject {
        let options = JSONObject([
            ("type", .string("DataIntegrityProof")), ("cryptosuite", .string("eddsa-jcs-2022")),
            ("created", .string(created)), ("verificationMethod", .string(verificationMethod)),
            ("proofPurpose", .string(purpose)),
        ])
        return try EdDSAJCS2022.sign(document: document, options: options, with: privateKey)
    }

    /// Raw Ed25519 over `message` (benchmark ceiling: sign once, then time `verifyRaw`).
    public func signRaw(_ message: [UInt8]) -> [UInt8] {
        (try? privateKey.signature(for: message)).map { Array($0) } ?? []
    }

    /// Raw Ed25519 verification with this signer's public key.
    public func verifyRaw(_ signature: [UInt8], message: [UInt8]) -> Bool {
        privateKey.publicKey.isValidSignature(signature, for: message)
    }
}
