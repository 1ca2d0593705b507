import WalletModel

/// The sealed "overview" half of a record: what the list and `list --json` need, without the
/// original document (1Password's overview/details split).
public struct CredentialSummary: Codable, Sendable, Equatable, Identifiable {
    public var overview: CredentialOverview
    /// The full verdict with its checks (the list's JSON shows them).
    public var verification: VerificationReport
    /// The issuing organisation when the record names one besides the awarding body.
    public var issuer: Organisation?

    public var id: CredentialID { overview.id }

    public init(overview: CredentialOverview, verification: VerificationReport, issuer: Organisation?) {
        self.overview = overview
        self.verification = verification
        self.issuer = issuer
    }

    /// The summary of a full credential.
    public init(_ credential: Credential) {
        self.init(overview: credential.overview, verification: credential.verification, issuer: credential.record.issuer)
    }
}
