import Foundation
import WalletModel
import WalletVerify

/// Verifies one credential found in a bundle: the seam over `CredentialInspector`, so that
/// `verify-bundle` uses exactly the verifier `inspect` uses (and tests can substitute a fake).
public protocol BundleCredentialChecker: Sendable {
    func check(_ original: Data, at date: Date) -> CheckedCredential
}

/// What the checker found about one credential.
public struct CheckedCredential: Equatable, Sendable {
    public var title: String?
    public var format: CredentialFormat?
    public var verification: VerificationReport

    public init(title: String?, format: CredentialFormat?, verification: VerificationReport) {
        self.title = title
        self.format = format
        self.verification = verification
    }
}

/// The production checker: `CredentialInspector`, with unreadable input reported as a failed
/// format check (a bundle whose credential cannot even be read is not valid).
public struct InspectorCredentialChecker: BundleCredentialChecker {
    public var inspector: CredentialInspector

    public init(inspector: CredentialInspector = CredentialInspector()) {
        self.inspector = inspector
    }

    public func check(_ original: Data, at date: Date) -> CheckedCredential {
        do {
            let inspection = try inspector.inspect(original, at: date)
            return CheckedCredential(
                title: inspection.record.title, format: inspection.format, verification: inspection.verification)
        } catch {
            let check = VerificationCheck(check: .format, result: .fail, code: .malformed, message: error.description)
            return CheckedCredential(
                title: nil, format: nil, verification: VerificationReport(status: .failed, checks: [check], checkedAt: date))
        }
    }
}
