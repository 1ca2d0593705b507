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
        // Sort precomputed keys, not the (large) summaries themselves.
        let keys = enumerated().map { index, summary in
            (issued: summary.overview.issued?.timeIntervalSinceReferenceDate ?? -.infinity,
             title: summary.overview.title ?? "", id: summary.overview.id.rawValue, index: index)
        }
        let order = keys.sorted { lhs, rhs in
            if lhs.issued != rhs.issued { return lhs.issued > rhs.issued }
            if lhs.title != rhs.title { return lhs.title < rhs.title }
            return lhs.id < rhs.id
        }
        return order.map { self[$0.index] }
    }
}
