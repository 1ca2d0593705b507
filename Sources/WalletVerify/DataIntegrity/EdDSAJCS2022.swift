import Crypto
import Foundation
import WalletJSON
import WalletModel

/// `eddsa-jcs-2022` (VC DI EdDSA 1.0 § 3.3): Ed25519 over SHA-256(JCS(proof config)) ‖ SHA-256(JCS(document)).
public struct EdDSAJCS2022: ProofSuite {
    public let names = ["eddsa-jcs-2022"]

    public init() {}

    public func verify(document: JSONObject, proof: JSONObject, key: ResolvedKey) throws(ProofError) -> VerificationCheck {
        guard case .ed25519(let publicKey) = key.material else {
            throw ProofError(.signatureInvalid, "eddsa-jcs-2022 needs an Ed25519 key; \(key.id) is \(key.material.algorithmName)")
        }
        let signature = try JCSProofHashing.signatureBytes(proof, length: 64)
        let stages = try JCSProofHashing.stages(document: document, proof: proof, hash: .sha256)
        guard publicKey.isValidSignature(signature, for: stages.hashData) else {
            return VerificationCheck(
                check: .proof, result: .fail, code: .signatureInvalid,
                message: "eddsa-jcs-2022 signature by \(key.id) does not match the credential (altered after signing?).")
        }
        return VerificationCheck(check: .proof, result: .pass, message: "eddsa-jcs-2022 signature by \(key.id) is valid.")
    }

    /// Signs `document` (without `proof`) and returns it with the proof added; `options` are the proof
    /// members before `proofValue` (the document's `@context` is copied in, as the spec advises).
    public static func sign(
        document: JSONObject, options: JSONObject, with privateKey: Curve25519.Signing.PrivateKey
    ) throws(ProofError) -> JSONObject {
        var proof = options
        if proof["@context"] == nil, let context = document["@context"] { proof["@context"] = context }
        let stages = try JCSProofHashing.stages(document: document, proof: proof, hash: .sha256)
        do {
            let signature = try privateKey.signature(for: stages.hashData)
            proof["proofValue"] = .string(Multibase.encodeBase58(Array(signature)))
        } catch {
            throw ProofError(.malformed, "Ed25519 signing failed: \(error)")
        }
        var signed = document
        signed["proof"] = .object(proof)
        return signed
    }
}
