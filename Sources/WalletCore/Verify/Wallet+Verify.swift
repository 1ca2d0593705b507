import Foundation
import WalletModel
import WalletStore

/// One stored credential after `cairn verify`: its fresh verdict.
public struct ReverifiedCredential: Sendable, Equatable {
    public let id: CredentialID
    public let title: String?
    public let format: CredentialFormat
    public let verification: VerificationReport
}

extension Wallet {
    /// Re-verifies stored credentials from their original bytes and stores the fresh reports.
    ///
    /// Uses the same inspector as `inspect` and `import` (with the user's issuer key cache and
    /// status lists) so the three agree. `ids` empty means every readable credential. The reports
    /// are written back in one transaction, re-sealed, so `list` and the TUI show them. A stored
    /// original that no longer reads (it did at import, so only after a format change) is
    /// reported as failed with `malformed` rather than hidden.
    ///
    /// - Parameter store: write the verdicts back. `cairn verify --at` passes `false`: a verdict at
    ///   another moment is a what-if, and must not replace what the wallet shows for today.
    public func reverify(
        _ ids: [CredentialID] = [], inspector: CredentialFileInspector, at date: Date = Date(), store: Bool = true
    ) throws -> [ReverifiedCredential] {
        let targets = ids.isEmpty ? try listing().summaries.map(\.id) : ids
        var results: [ReverifiedCredential] = []
        results.reserveCapacity(targets.count)
        for id in targets {
            let credential = try credential(id)
            let report = Self.report(for: credential, inspector: inspector, at: date)
            results.append(ReverifiedCredential(
                id: id, title: credential.record.title, format: credential.format, verification: report))
        }
        if store { try WalletError.wrap { try database.replaceVerification(results.map { ($0.id, $0.verification) }) } }
        return results
    }

    private static func report(for credential: Credential, inspector: CredentialFileInspector, at date: Date) -> VerificationReport {
        switch inspector.inspect(credential.original, at: date) {
        case .success(let inspected):
            return inspected.verification
        case .failure(let unreadable):
            let check = VerificationCheck(
                check: .format, result: .fail, code: .malformed,
                message: "The stored original no longer reads as a credential: \(unreadable.message)")
            return VerificationReport(status: .failed, checks: [check], checkedAt: date)
        }
    }
}
