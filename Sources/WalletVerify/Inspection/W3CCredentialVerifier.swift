import Foundation
import WalletFormats
import WalletJSON
import WalletModel

/// Runs the checks of a W3C VC in order: format, proof + issuer, validity, status, trust.
struct W3CCredentialVerifier {
    let inspector: CredentialInspector

    func report(for credential: JSONObject, at date: Date) -> VerificationReport {
        var checks = [formatCheck(credential)]
        let issuer = Self.issuerID(credential)
        checks += inspector.dataIntegrityVerifier.verify(credential: credential, issuer: issuer, at: date)
        checks.append(ValidityChecker.check(credential, at: date))
        checks.append(StatusChecker(lookup: inspector.statusLookup, verifier: inspector.dataIntegrityVerifier).check(credential, at: date))
        let bound = checks.contains { $0.check == .issuer && $0.result == .pass }
        checks.append(TrustChecker.check(issuer: issuer, proofAndIssuerPassed: bound, lookup: inspector.issuerLookup))
        return VerificationReport(status: VerificationReport.status(for: checks), checks: checks, checkedAt: date)
    }

    static func issuerID(_ credential: JSONObject) -> String? {
        credential["issuer"]?.stringValue ?? credential["issuer"]?["id"]?.stringValue
    }

    /// The data-model rules a verifier can check without JSON-LD (VC DM § 4).
    func formatCheck(_ credential: JSONObject) -> VerificationCheck {
        let version = VCFormatDetector.dataModelVersion(of: credential)
        var problems: [String] = []
        if version == nil { problems.append("the first @context is neither VC 2.0 nor VC 1.1") }
        if Self.issuerID(credential) == nil { problems.append("issuer is missing or has no id") }
        let subjects = credential["credentialSubject"]?.asList ?? []
        if subjects.isEmpty || !subjects.allSatisfy({ $0.objectValue != nil }) { problems.append("credentialSubject is missing or not an object") }
        if version == 1, credential["issuanceDate"] == nil { problems.append("VC 1.1 requires issuanceDate") }
        guard problems.isEmpty else {
            return VerificationCheck(check: .format, result: .fail, code: .malformed, message: "Not a well-formed credential: " + problems.joined(separator: "; ") + ".")
        }
        let format = VCFormatDetector.format(of: credential) ?? .vc2
        let model = version == 1 ? "VC 1.1" : "VC 2.0"
        let label = format == .vc1 || format == .vc2 ? model : "\(format.label) (\(model))"
        return VerificationCheck(check: .format, result: .pass, message: "A well-formed \(label) credential.")
    }
}
