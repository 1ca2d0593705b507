import Foundation

/// The verdict on one credential and the checks behind it (the stable `verification` JSON object).
public struct VerificationReport: Codable, Equatable, Sendable {
    public var status: VerificationStatus
    public var checks: [VerificationCheck]
    /// The moment the checks were evaluated against (validity dates depend on it).
    public var checkedAt: Date

    public init(status: VerificationStatus, checks: [VerificationCheck], checkedAt: Date) {
        self.status = status
        self.checks = checks
        self.checkedAt = checkedAt
    }

    /// The report for a credential the learner entered themselves: nothing was signed, so nothing verified.
    public static func selfAsserted(at date: Date) -> VerificationReport {
        VerificationReport(
            status: .selfAsserted,
            checks: [
                VerificationCheck(check: .format, result: .pass, message: "A well-formed self-asserted cairn record."),
                VerificationCheck(
                    check: .proof, result: .skipped, code: .selfAsserted,
                    message: "Self-asserted: no issuer signed this credential."),
            ],
            checkedAt: date)
    }

    /// The overall status implied by a list of checks: any fail → failed; any unknown proof/issuer → unverifiable.
    public static func status(for checks: [VerificationCheck]) -> VerificationStatus {
        if checks.contains(where: { $0.result == .fail }) { return .failed }
        let essential: Set<VerificationCheck.Kind> = [.format, .proof, .issuer]
        let essentialPassed = essential.allSatisfy { kind in
            checks.contains { $0.check == kind && $0.result == .pass }
        }
        return essentialPassed ? .verified : .unverifiable
    }

    /// The first check of a kind, if present.
    public func check(_ kind: VerificationCheck.Kind) -> VerificationCheck? {
        checks.first { $0.check == kind }
    }
}
