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
    ///
    /// Sorts offsets, then applies the permutation in place by swapping along its cycles: the
    /// (large) summaries are moved, never copied (copying them was a retain per field).
    mutating func sortForListing() {
        // Keys are extracted once: reading them through `self[i]` in the comparator copied whole summaries.
        let issued = map { $0.overview.issued?.timeIntervalSinceReferenceDate ?? -.infinity }
        let titles = map { $0.overview.title ?? "" }
        let ids = map(\.overview.id.rawValue)
        let order = indices.sorted { lhs, rhs in
            if issued[lhs] != issued[rhs] { return issued[lhs] > issued[rhs] }
            if titles[lhs] != titles[rhs] { return titles[lhs] < titles[rhs] }
            return ids[lhs] < ids[rhs]
        }
        applyPermutation(order)
    }

    /// Rearranges so that the new element `i` is the old element `order[i]`.
    private mutating func applyPermutation(_ order: [Int]) {
        var placed = [Bool](repeating: false, count: count)
        for start in indices where !placed[start] {
            var current = start
            placed[current] = true
            while order[current] != start {
                let next = order[current]
                swapAt(current, next)
                current = next
                placed[current] = true
            }
        }
    }
}
