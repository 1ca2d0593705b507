import WalletModel
import WalletStore

/// The list screen's data: readable summaries, newest first, plus any damaged records.
public struct WalletListing: Sendable, Equatable {
    public var summaries: [CredentialSummary]
    public var damaged: [DamagedRecord]

    /// The overviews, in list order.
    public var overviews: [CredentialOverview] { summaries.map(\.overview) }
}

extension Array where Element == CredentialSummary {
    /// Newest issue date first; undated last; then by title and id, so the order is stable.
    func sortedForListing() -> [CredentialSummary] {
        sorted { lhs, rhs in
            let left = lhs.overview, right = rhs.overview
            switch (left.issued, right.issued) {
            case (let l?, let r?) where l != r: return l > r
            case (.some, nil): return true
            case (nil, .some): return false
            default:
                if left.title != right.title { return (left.title ?? "") < (right.title ?? "") }
                return left.id < right.id
            }
        }
    }
}
