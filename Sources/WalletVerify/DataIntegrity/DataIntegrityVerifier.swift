import Foundation
import WalletJSON
import WalletModel

/// Verifies the embedded Data Integrity proofs of a credential and binds the key to the issuer.
///
/// Produces exactly two checks, `proof` and `issuer`. A proof that claims to be valid and fails is
/// always reported as a failure, even when another proof in the set passes (standards.md § 2.1).
public struct DataIntegrityVerifier: Sendable {
    public let registry: ProofSuiteRegistry
    public let resolver: KeyResolver

    public init(registry: ProofSuiteRegistry = .standard, resolver: KeyResolver = KeyResolver()) {
        self.registry = registry
        self.resolver = resolver
    }

    /// Checks every proof of `credential` for `purpose` at `date`; `issuer` is the credential's issuer id.
    public func verify(
        credential: JSONObject, issuer: String?, purpose: String = "assertionMethod", at date: Date
    ) -> [VerificationCheck] {
        let proofs = (credential["proof"]?.asList ?? []).compactMap(\.objectValue)
        guard !proofs.isEmpty else {
            return [
                VerificationCheck(check: .proof, result: .unknown, code: .noProof, message: "The credential carries no proof; nobody's signature can be checked."),
                VerificationCheck(check: .issuer, result: .skipped, message: "No proof, so no key to bind to the issuer."),
            ]
        }
        var unsecured = credential
        unsecured["proof"] = nil
        let outcomes = proofs.map { evaluate($0, in: unsecured, all: proofs, issuer: issuer, purpose: purpose, at: date) }
        let issuerCheck = ProofOutcome.combinedIssuerCheck(outcomes, issuer: issuer, authorises: resolver.issuer(_:authorises:))
        return [ProofOutcome.combinedProofCheck(outcomes), issuerCheck]
    }

    /// Evaluates one proof of a set (or chain).
    func evaluate(
        _ proof: JSONObject, in unsecured: JSONObject, all proofs: [JSONObject], issuer: String?, purpose: String, at date: Date
    ) -> ProofOutcome {
        let name = ProofSuiteRegistry.suiteName(of: proof) ?? "(no type)"
        guard let suite = registry.suite(for: proof) else { return .unsupported(name) }
        if let problem = ProofRules.genericProblem(proof, purpose: purpose, at: date) { return .evaluated(problem, controller: nil) }
        guard let methodID = proof["verificationMethod"]?.stringValue ?? proof["verificationMethod"]?["id"]?.stringValue else {
            return .evaluated(VerificationCheck(check: .proof, result: .fail, code: .malformed, message: "The \(name) proof names no verificationMethod."), controller: nil)
        }
        let key: ResolvedKey
        do {
            key = try resolver.resolve(methodID, purpose: purpose)
        } catch {
            return .unresolvable(error.description)
        }
        var document = unsecured
        switch ProofRules.previousProofs(of: proof, among: proofs) {
        case .none: break
        case .some(.failure(let failure)): return .evaluated(failure.check, controller: key.controller)
        case .some(.success(let previous)): document["proof"] = previous
        }
        do {
            return .evaluated(try suite.verify(document: document, proof: proof, key: key), controller: key.controller, method: methodID)
        } catch {
            return .evaluated(VerificationCheck(check: .proof, result: .fail, code: error.code, message: error.message), controller: key.controller)
        }
    }
}
