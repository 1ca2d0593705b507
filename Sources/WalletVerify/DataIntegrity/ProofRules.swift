import WalletFormats
import Foundation
import WalletJSON
import WalletModel

/// The suite-independent proof checks of VC Data Integrity 1.0 § 4: purpose, `expires`, `created`,
/// and proof chains (`previousProof`).
enum ProofRules {
    /// A failing check when the proof is not usable for `purpose` at `date`, else nil.
    static func genericProblem(_ proof: JSONObject, purpose: String, at date: Date) -> VerificationCheck? {
        if let stated = proof["proofPurpose"]?.stringValue, stated != purpose {
            return VerificationCheck(
                check: .proof, result: .fail, code: .signatureInvalid,
                message: "The proof is for \"\(stated)\", not \"\(purpose)\"; it does not vouch for this credential.")
        }
        if let created = proof["created"], created.stringValue.flatMap({ XSDDateTime.parse($0) }) == nil {
            return VerificationCheck(check: .proof, result: .fail, code: .malformed, message: "The proof's created date is not a valid date-time.")
        }
        if let expires = proof["expires"]?.stringValue {
            guard let when = XSDDateTime.parse(expires) else {
                return VerificationCheck(check: .proof, result: .fail, code: .malformed, message: "The proof's expires date is not a valid date-time.")
            }
            if when < date {
                return VerificationCheck(check: .proof, result: .fail, code: .expired, message: "The proof expired on \(expires).")
            }
        }
        return nil
    }

    /// For a chained proof, the referenced proofs to put back into the document (one object or an
    /// array); nil when the proof has no `previousProof`; a failing check when one is missing.
    static func previousProofs(of proof: JSONObject, among proofs: [JSONObject]) -> Result<JSONValue, ProofChainFailure>? {
        guard let reference = proof["previousProof"] else { return nil }
        let ids = reference.asList.compactMap(\.stringValue)
        var found: [JSONValue] = []
        for id in ids {
            guard let match = proofs.first(where: { $0["id"]?.stringValue == id }) else {
                return .failure(ProofChainFailure(check: VerificationCheck(
                    check: .proof, result: .fail, code: .signatureInvalid,
                    message: "The proof chain references \(id), which is not in the credential.")))
            }
            found.append(.object(match))
        }
        return .success(found.count == 1 ? found[0] : .array(found))
    }
}

/// A chained proof whose predecessors are missing (wrapped so it can be a `Result` failure).
struct ProofChainFailure: Error {
    let check: VerificationCheck
}
