/// Where a credential stands for stacking purposes (stacking.md § 3.6 statuses).
///
/// `expired` is not a status here: expiry is judged per pathway against its `as_of` date.
public enum CredentialStatus: String, Codable, Sendable, CaseIterable, Comparable {
    /// Awarded and held.
    case earned
    /// Assessment passed, award not yet issued (counts, but earned credentials are preferred).
    case pending
    /// A learner's plan, used for what-if runs.
    case planned
    /// Withdrawn by the issuer: never counts.
    case revoked

    /// The preference rank used by the objective (lower is preferred).
    var rank: Int {
        switch self {
        case .earned: 0
        case .pending: 1
        case .planned: 2
        case .revoked: 3
        }
    }

    public static func < (lhs: CredentialStatus, rhs: CredentialStatus) -> Bool { lhs.rank < rhs.rank }
}
