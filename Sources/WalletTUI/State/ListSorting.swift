import Foundation
import WalletModel

/// Sort orders of the wallet list; missing values sort last whatever the direction.
enum ListSorting {
    static func comparator(
        _ key: ListState.SortKey, descending: Bool, _ all: [CredentialOverview]
    ) -> (Int, Int) -> Bool {
        { lhs, rhs in
            let a = all[lhs]
            let b = all[rhs]
            let order: ComparisonResult
            switch key {
            case .date: order = compare(a.issued, b.issued)
            case .title: order = compare(a.title?.lowercased(), b.title?.lowercased())
            case .issuer: order = compare(a.awardingBody?.name?.lowercased(), b.awardingBody?.name?.lowercased())
            case .workload: order = compare(a.ects ?? a.workload.first?.value, b.ects ?? b.workload.first?.value)
            }
            switch order {
            case .orderedSame: return lhs < rhs
            case .orderedAscending: return !descending || isMissing(key, b)
            case .orderedDescending: return descending && !isMissing(key, a)
            }
        }
    }

    private static func isMissing(_ key: ListState.SortKey, _ overview: CredentialOverview) -> Bool {
        switch key {
        case .date: overview.issued == nil
        case .title: overview.title == nil
        case .issuer: overview.awardingBody?.name == nil
        case .workload: overview.workload.isEmpty
        }
    }

    /// Compares optionals with nil greater than any value (so nil sorts last ascending).
    private static func compare<T: Comparable>(_ a: T?, _ b: T?) -> ComparisonResult {
        switch (a, b) {
        case (nil, nil): .orderedSame
        case (nil, _): .orderedDescending
        case (_, nil): .orderedAscending
        case (let a?, let b?): a < b ? .orderedAscending : (a > b ? .orderedDescending : .orderedSame)
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
