import Foundation
import WalletModel

/// The wallet list: every overview, plus the sorted, filtered and grouped rows on show.
///
/// Why rows are recomputed eagerly (on load, sort, filter, search) rather than in `render`:
/// a key press that only moves the cursor must not sort 10,000 credentials again.
public struct ListState: Equatable, Sendable {
    public enum SortKey: String, CaseIterable, Sendable { case date, title, issuer, workload }
    public enum Grouping: String, CaseIterable, Sendable { case none, issuer, field }

    /// One row of the list: a group heading or a credential (an index into `all`).
    public enum Row: Equatable, Sendable {
        case group(String, count: Int)
        case item(Int)
    }

    public private(set) var all: [CredentialOverview] = []
    private var haystacks: [String] = []
    private var sortKeys = ListSortKeys()
    public private(set) var rows: [Row] = []
    public var loaded = false
    public var error: String?
    public var cursor = 0
    public var offset = 0
    public var sort: SortKey = .date
    public var descending = true
    public var query = ""
    public var searching = false
    public var filter = ListFilter()
    public var grouping: Grouping = .none
    public var marked: Set<CredentialID> = []
    public private(set) var totals = ListTotals()

    public init() {}

    /// Replaces the credentials and recomputes the rows, keeping the selection where possible.
    public mutating func load(_ overviews: [CredentialOverview]) {
        all = overviews
        haystacks = overviews.map(ListState.haystack)
        sortKeys = ListSortKeys(overviews)
        loaded = true
        marked = marked.filter { id in overviews.contains { $0.id == id } }
        refresh()
    }

    /// The credential under the cursor, if the cursor is on one.
    public var selected: CredentialOverview? {
        guard rows.indices.contains(cursor), case .item(let index) = rows[cursor] else { return nil }
        return all[index]
    }

    /// The credentials currently shown (after search and filters), in display order.
    public var visibleItems: [CredentialOverview] {
        rows.compactMap { if case .item(let index) = $0 { return all[index] } else { return nil } }
    }

    /// Recomputes rows and totals from `all`, the query, filters, sort and grouping.
    public mutating func refresh() {
        let keep = selected?.id
        let needle = query.lowercased()
        var indexes = all.indices.filter { index in
            (needle.isEmpty || haystacks[index].contains(needle)) && filter.admits(all[index])
        }
        ListSorting.sort(&indexes, by: sort, descending: descending, keys: sortKeys)
        rows = ListGrouping.rows(indexes, grouping: grouping, all)
        totals = ListTotals(indexes.map { all[$0] }, total: all.count)
        cursor = keep.flatMap { id in rows.firstIndex { if case .item(let i) = $0 { all[i].id == id } else { false } } }
            ?? firstItemRow(from: 0, step: 1) ?? 0
    }

    /// The nearest credential row from `start` going by `step` (skipping group headings).
    public func firstItemRow(from start: Int, step: Int) -> Int? {
        var row = start
        while rows.indices.contains(row) {
            if case .item = rows[row] { return row }
            row += step
        }
        return nil
    }

    static func haystack(_ overview: CredentialOverview) -> String {
        [overview.title ?? "", overview.awardingBody?.name ?? "", overview.fieldsOfStudy.joined(separator: " "),
         overview.format.label, overview.awardingBody?.country ?? ""]
            .joined(separator: " ").lowercased()
    }
}

/// What the status bar counts over the visible credentials.
public struct ListTotals: Equatable, Sendable {
    public var shown = 0
    public var total = 0
    public var ects: Double = 0
    public var verified = 0

    public init() {}

    init(_ items: [CredentialOverview], total: Int) {
        shown = items.count
        self.total = total
        ects = items.reduce(0) { $0 + ($1.ects ?? 0) }
        verified = items.filter { $0.verificationStatus == .verified }.count
    }
}
