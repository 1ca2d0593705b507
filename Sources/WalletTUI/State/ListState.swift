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
    private var index = ListIndex()
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
        let keepID = selected?.id
        all = overviews
        index = ListIndex()
        loaded = true
        if !marked.isEmpty {
            let present = Set(overviews.map(\.id))
            marked = marked.filter { present.contains($0) }
        }
        cursor = -1
        refresh()
        if let keepID, let index = all.firstIndex(where: { $0.id == keepID }), let row = rows.firstIndex(of: .item(index)) {
            cursor = row
        }
    }

    /// The index into `all` shown on `row`, nil for a heading or outside the rows.
    func itemIndex(at row: Int) -> Int? {
        guard rows.indices.contains(row), case .item(let index) = rows[row] else { return nil }
        return index
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
        let keep = itemIndex(at: cursor)
        var indexes = Array(all.indices)
        if !query.isEmpty {
            let needle = ByteKey.lowercasedBytes(query)
            let haystacks = index.searchText(all)
            indexes = indexes.filter { haystacks[$0].contains(needle) }
        }
        if filter.isActive { indexes = indexes.filter { filter.admits(all[$0]) } }
        index.sort(&indexes, by: sort, descending: descending, all)
        rows = ListGrouping.rows(indexes, grouping: grouping, all)
        totals = ListTotals(indexes, of: all)
        cursor = keep.flatMap { rows.firstIndex(of: .item($0)) }
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

}

/// What the status bar counts over the visible credentials.
public struct ListTotals: Equatable, Sendable {
    public var shown = 0
    public var total = 0
    public var ects: Double = 0
    public var verified = 0

    public init() {}

    init(_ indexes: [Int], of all: [CredentialOverview]) {
        shown = indexes.count
        total = all.count
        for index in indexes {
            ects += all[index].ects ?? 0
            if all[index].verificationStatus == .verified { verified += 1 }
        }
    }
}
