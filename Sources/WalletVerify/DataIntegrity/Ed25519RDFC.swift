import Crypto
import WalletJSON
import WalletLinkedData
import WalletModel

/// The Ed25519 verification both suites above share.
enum Ed25519RDFC {
    static func verify(suite: RDFCSuite, document: JSONObject, proof: JSONObject, key: ResolvedKey) throws(ProofError) -> VerificationCheck {
        guard case .ed25519(let publicKey) = key.material else {
            throw ProofError(.signatureInvalid, "\(suite.rawValue) needs an Ed25519 key; \(key.id) is \(key.material.algorithmName)")
        }
        let signature = try JCSProofHashing.signatureBytes(proof, length: 64)
        let data = try RDFCProofHashing.hashData(suite: suite, document: document, proof: proof)
        return RDFCProofHashing.check(valid: publicKey.isValidSignature(signature, for: data), name: suite.rawValue, key: key)
    }
}
