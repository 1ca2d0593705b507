import Foundation
import WalletModel

/// Sort keys of every overview, extracted once on load so sorting 10,000 rows compares plain
/// values instead of copying overviews.
struct ListSortKeys: Equatable, Sendable {
    var date: [Double?] = []
    var title: [String?] = []
    var issuer: [String?] = []
    var workload: [Double?] = []

    init() {}

    init(_ all: [CredentialOverview]) {
        date = all.map { $0.issued?.timeIntervalSinceReferenceDate }
        title = all.map { $0.title?.lowercased() }
        issuer = all.map { $0.awardingBody?.name?.lowercased() }
        workload = all.map { $0.ects ?? $0.workload.first?.value }
    }
}

/// Sort orders of the wallet list; missing values sort last whatever the direction, ties keep load order.
enum ListSorting {
    static func sort(_ indexes: inout [Int], by key: ListState.SortKey, descending: Bool, keys: ListSortKeys) {
        switch key {
        case .date: sort(&indexes, keys.date, descending)
        case .title: sort(&indexes, keys.title, descending)
        case .issuer: sort(&indexes, keys.issuer, descending)
        case .workload: sort(&indexes, keys.workload, descending)
        }
    }

    private static func sort<T: Comparable>(_ indexes: inout [Int], _ values: [T?], _ descending: Bool) {
        indexes.sort { lhs, rhs in
            switch (values[lhs], values[rhs]) {
            case (nil, nil): return lhs < rhs
            case (nil, _): return false
            case (_, nil): return true
            case (let a?, let b?):
                if a == b { return lhs < rhs }
                return descending ? a > b : a < b
            }
        }
    }
}

/// Group headings for the wallet list.
enum ListGrouping {
    static func rows(_ indexes: [Int], grouping: ListState.Grouping, _ all: [CredentialOverview]) -> [ListState.Row] {
        guard grouping != .none else { return indexes.map { .item($0) } }
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for index in indexes {
            let key = groupKey(all[index], grouping)
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(index)
        }
        return order.sorted { $0.lowercased() < $1.lowercased() }.flatMap { key -> [ListState.Row] in
            let items = members[key] ?? []
            return [.group(key, count: items.count)] + items.map { .item($0) }
        }
    }

    static func groupKey(_ overview: CredentialOverview, _ grouping: ListState.Grouping) -> String {
        switch grouping {
        case .none: ""
        case .issuer: overview.awardingBody?.name ?? "Issuer not stated"
        case .field: overview.fieldsOfStudy.first ?? "Field not stated"
        }
    }
}
