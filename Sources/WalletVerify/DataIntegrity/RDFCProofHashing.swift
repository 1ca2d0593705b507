import WalletJSON
import WalletLinkedData
import WalletModel

/// The hashing shared by the rdfc suites, with JSON-LD and canonicalisation errors turned into the
/// report's failure codes: a context outside the offline store → `unknown-context` (naming the URL),
/// a term safe mode would drop → `undefined-terms` (naming the term), a poison graph → `malformed`.
enum RDFCProofHashing {
    /// `H(RDFC(proof config)) ‖ H(RDFC(document))` for `suite`.
    static func hashData(suite: RDFCSuite, document: JSONObject, proof: JSONObject) throws(ProofError) -> [UInt8] {
        do {
            return try RDFCSuiteHasher(suite: suite).hash(document: document, proof: proof).hashData
        } catch {
            throw proofError(error, suite: suite)
        }
    }

    /// The report's view of a hashing failure.
    static func proofError(_ error: RDFCSuiteError, suite: RDFCSuite) -> ProofError {
        switch error {
        case .jsonLD(let failure):
            switch failure.category {
            case .unknownContext: ProofError(.unknownContext, failure.description)
            case .undefinedTerms: ProofError(.undefinedTerms, failure.description)
            case .contextStore: ProofError(.malformed, "the offline JSON-LD context store is damaged: \(failure.description)")
            case .invalidJSONLD: ProofError(.malformed, "the credential is not valid JSON-LD, so \(suite.rawValue) cannot be checked: \(failure.description)")
            }
        case .canonicalization(let failure):
            ProofError(.malformed, "\(failure.description); the \(suite.rawValue) signature was not checked")
        case .invalidProof(let message):
            ProofError(.malformed, "the \(suite.rawValue) proof is malformed: \(message)")
        }
    }

    /// The verdict for a signature that was checked.
    static func check(valid: Bool, name: String, key: ResolvedKey) -> VerificationCheck {
        guard valid else {
            return VerificationCheck(
                check: .proof, result: .fail, code: .signatureInvalid,
                message: "\(name) signature by \(key.id) does not match the credential (altered after signing?).")
        }
        return VerificationCheck(check: .proof, result: .pass, message: "\(name) signature by \(key.id) is valid.")
    }
}
