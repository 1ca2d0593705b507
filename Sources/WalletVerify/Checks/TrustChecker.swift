import WalletModel

/// The `trust` check: cairn ships no trusted-issuer registry, so an issuer is trusted only when the
/// user marked it so in the issuer cache (`cairn issuers add --trusted`); otherwise `unknown`.
public enum TrustChecker {
    public static func check(issuer: String?, proofAndIssuerPassed: Bool, lookup: KeyResolver.Lookup) -> VerificationCheck {
        guard let issuer, let entry = lookup(issuer), entry.trusted else {
            return VerificationCheck(
                check: .trust, result: .unknown, code: .untrustedIssuer,
                message: "Whether \(issuer ?? "the issuer") is a recognised awarding body is not known offline; mark it with `cairn issuers add --trusted`.")
        }
        guard proofAndIssuerPassed else {
            return VerificationCheck(check: .trust, result: .skipped, message: "\(issuer) is trusted, but its signature was not confirmed.")
        }
        return VerificationCheck(check: .trust, result: .pass, message: "You marked \(issuer) as a trusted issuer.")
    }
}
