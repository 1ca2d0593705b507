import WalletModel

/// What happened to one proof of a set, before the set is summarised into two checks.
enum ProofOutcome {
    case unsupported(String)
    case unresolvable(String)
    case evaluated(VerificationCheck, controller: String?, method: String? = nil)

    var passedController: String? {
        if case .evaluated(let check, let controller, _) = self, check.result == .pass { return controller }
        return nil
    }

    /// The verification method of a passing proof (the `id` the issuer's document may list).
    var passedMethod: String? {
        if case .evaluated(let check, _, let method) = self, check.result == .pass { return method }
        return nil
    }

    /// One `proof` check for the whole set: any evaluated failure fails; else any pass passes;
    /// else unknown (key not resolvable beats unsupported suite, as it is the actionable one).
    static func combinedProofCheck(_ outcomes: [ProofOutcome]) -> VerificationCheck {
        var passes: [VerificationCheck] = []
        var unresolved: [String] = []
        var unsupported: [String] = []
        for outcome in outcomes {
            switch outcome {
            case .evaluated(let check, _, _) where check.result == .fail: return check
            case .evaluated(let check, _, _): passes.append(check)
            case .unresolvable(let reason): unresolved.append(reason)
            case .unsupported(let name): unsupported.append(name)
            }
        }
        if let pass = passes.first {
            let ignored = unsupported.isEmpty ? "" : " (ignored proofs of unsupported type: \(unsupported.joined(separator: ", ")))"
            return VerificationCheck(check: .proof, result: .pass, message: pass.message + ignored)
        }
        if let reason = unresolved.first {
            return VerificationCheck(check: .proof, result: .unknown, code: .keyUnresolvable, message: "The signing key cannot be resolved offline: \(reason).")
        }
        return VerificationCheck(
            check: .proof, result: .unknown, code: .unsupportedProof,
            message: "cairn cannot check \(unsupported.joined(separator: ", ")) proofs yet; the signature was not verified.")
    }

    /// The `issuer` check: a passing proof's key must be controlled by the credential's issuer.
    static func combinedIssuerCheck(
        _ outcomes: [ProofOutcome], issuer: String?, authorises: (String, String) -> Bool = { _, _ in false }
    ) -> VerificationCheck {
        let controllers = outcomes.compactMap(\.passedController)
        guard !controllers.isEmpty else {
            return VerificationCheck(check: .issuer, result: .skipped, message: "No verified proof, so the issuer's key was not confirmed.")
        }
        guard let issuer else {
            return VerificationCheck(check: .issuer, result: .fail, code: .issuerKeyMismatch, message: "The credential names no issuer.")
        }
        if controllers.contains(issuer) || outcomes.compactMap(\.passedMethod).contains(where: { authorises(issuer, $0) }) {
            return VerificationCheck(check: .issuer, result: .pass, message: "The signing key belongs to the issuer \(issuer).")
        }
        return VerificationCheck(
            check: .issuer, result: .fail, code: .issuerKeyMismatch,
            message: "The credential was signed by \(controllers[0]), not by its issuer \(issuer).")
    }
}
