import Crypto
import WalletJSON
import WalletLinkedData
import WalletModel

/// `ecdsa-rdfc-2019` (VC DI ECDSA 1.0 § 3.2): P-256 keys use SHA-256 throughout; P-384 keys use
/// SHA-384 inside RDFC-1.0 and for both hash halves. The signature is IEEE P1363 `r‖s`.
public struct ECDSARDFC2019: ProofSuite {
    public let names = ["ecdsa-rdfc-2019"]

    public init() {}

    public func verify(document: JSONObject, proof: JSONObject, key: ResolvedKey) throws(ProofError) -> VerificationCheck {
        let valid: Bool
        let suite: RDFCSuite
        switch key.material {
        case .p256(let publicKey):
            suite = .ecdsaRdfc2019P256
            let raw = try JCSProofHashing.signatureBytes(proof, length: 64)
            let data = try RDFCProofHashing.hashData(suite: suite, document: document, proof: proof)
            guard let signature = try? P256.Signing.ECDSASignature(rawRepresentation: raw) else { throw ECDSAJCS2019.badSignature }
            valid = publicKey.isValidSignature(signature, for: data)
        case .p384(let publicKey):
            suite = .ecdsaRdfc2019P384
            let raw = try JCSProofHashing.signatureBytes(proof, length: 96)
            let data = try RDFCProofHashing.hashData(suite: suite, document: document, proof: proof)
            guard let signature = try? P384.Signing.ECDSASignature(rawRepresentation: raw) else { throw ECDSAJCS2019.badSignature }
            valid = publicKey.isValidSignature(signature, for: data)
        default:
            throw ProofError(.signatureInvalid, "ecdsa-rdfc-2019 needs a P-256 or P-384 key; \(key.id) is \(key.material.algorithmName)")
        }
        return RDFCProofHashing.check(valid: valid, name: "ecdsa-rdfc-2019 (\(key.material.algorithmName))", key: key)
    }
}
