import Foundation
import WalletModel

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
