import Crypto
import Foundation
import WalletJSON
import WalletModel

/// `ecdsa-jcs-2019` (VC DI ECDSA 1.0): P-256 with SHA-256 or P-384 with SHA-384 for both hash
/// halves; the signature is IEEE P1363 `r‖s` (64 or 96 bytes), not DER.
public struct ECDSAJCS2019: ProofSuite {
    public let names = ["ecdsa-jcs-2019"]

    public init() {}

    public func verify(document: JSONObject, proof: JSONObject, key: ResolvedKey) throws(ProofError) -> VerificationCheck {
        let valid: Bool
        switch key.material {
        case .p256(let publicKey):
            let raw = try JCSProofHashing.signatureBytes(proof, length: 64)
            let data = try JCSProofHashing.stages(document: document, proof: proof, hash: .sha256).hashData
            guard let signature = try? P256.Signing.ECDSASignature(rawRepresentation: raw) else { throw Self.badSignature }
            valid = publicKey.isValidSignature(signature, for: data)
        case .p384(let publicKey):
            let raw = try JCSProofHashing.signatureBytes(proof, length: 96)
            let data = try JCSProofHashing.stages(document: document, proof: proof, hash: .sha384).hashData
            guard let signature = try? P384.Signing.ECDSASignature(rawRepresentation: raw) else { throw Self.badSignature }
            valid = publicKey.isValidSignature(signature, for: data)
        default:
            throw ProofError(.signatureInvalid, "ecdsa-jcs-2019 needs a P-256 or P-384 key; \(key.id) is \(key.material.algorithmName)")
        }
        guard valid else {
            return VerificationCheck(
                check: .proof, result: .fail, code: .signatureInvalid,
                message: "ecdsa-jcs-2019 signature by \(key.id) does not match the credential (altered after signing?).")
        }
        return VerificationCheck(
            check: .proof, result: .pass,
            message: "ecdsa-jcs-2019 (\(key.material.algorithmName)) signature by \(key.id) is valid.")
    }

    static let badSignature = ProofError(.signatureInvalid, "the ECDSA signature is not a valid r‖s value")
}
