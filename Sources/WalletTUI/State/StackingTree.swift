import WalletModel

/// The stacking screen's rows: pathways, and under open nodes their requirements and credentials.
public struct StackingRow: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case pathway(PathwayProgress)
        case requirement(RequirementProgress)
        /// A credential that counts toward its parent requirement.
        case counts(String)
        /// A credential that does not count, and why.
        case notCounted(String, reason: String)
        case missing(String)
    }

    public var path: String
    public var depth: Int
    public var kind: Kind
    public var expandable: Bool
    /// True when the node is open (its children follow).
    public var isExpanded = false

    /// The path of the node this row sits under.
    public var parentPath: String? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return String(path[..<slash])
    }
}

/// Flattens pathways into rows, following which nodes are expanded.
public enum StackingTree {
    public static func rows(_ state: StackingState, overviews: [CredentialOverview]) -> [StackingRow] {
        guard !state.pathways.isEmpty else { return [] }
        let titles = state.expanded.isEmpty ? [:] : titlesOfReferenced(state.pathways, overviews)
        var rows: [StackingRow] = []
        for (index, pathway) in state.pathways.enumerated() {
            let path = "\(index)"
            rows.append(StackingRow(path: path, depth: 0, kind: .pathway(pathway), expandable: !pathway.requirements.isEmpty, isExpanded: state.expanded.contains(path)))
            guard state.expanded.contains(path) else { continue }
            for (child, requirement) in pathway.requirements.enumerated() {
                append(requirement, path: "\(path)/\(child)", depth: 1, state: state, titles: titles, to: &rows)
            }
        }
        return rows
    }

    /// Titles of the credentials the pathways mention (one pass, no dictionary of the whole wallet).
    static func titlesOfReferenced(_ pathways: [PathwayProgress], _ overviews: [CredentialOverview]) -> [CredentialID: String] {
        var wanted = Set<CredentialID>()
        func collect(_ requirement: RequirementProgress) {
            wanted.formUnion(requirement.credentialIDs)
            wanted.formUnion(requirement.notCounted.map(\.id))
            requirement.children.forEach(collect)
        }
        pathways.flatMap(\.requirements).forEach(collect)
        var titles: [CredentialID: String] = [:]
        for overview in overviews where wanted.contains(overview.id) {
            titles[overview.id] = overview.title ?? overview.id.short
        }
        return titles
    }

    static func append(
        _ requirement: RequirementProgress, path: String, depth: Int, state: StackingState,
        titles: [CredentialID: String], to rows: inout [StackingRow]
    ) {
        let hasDetail = !requirement.children.isEmpty || !requirement.credentialIDs.isEmpty
            || !requirement.notCounted.isEmpty || requirement.missing != nil
        rows.append(StackingRow(path: path, depth: depth, kind: .requirement(requirement), expandable: hasDetail, isExpanded: state.expanded.contains(path)))
        guard state.expanded.contains(path) else { return }
        for (index, child) in requirement.children.enumerated() {
            append(child, path: "\(path)/\(index)", depth: depth + 1, state: state, titles: titles, to: &rows)
        }
        for (index, id) in requirement.credentialIDs.enumerated() {
            rows.append(StackingRow(path: "\(path)/c\(index)", depth: depth + 1, kind: .counts(titles[id] ?? id.short), expandable: false))
        }
        for (index, item) in requirement.notCounted.enumerated() {
            let kind = StackingRow.Kind.notCounted(titles[item.id] ?? item.id.short, reason: item.reason)
            rows.append(StackingRow(path: "\(path)/n\(index)", depth: depth + 1, kind: kind, expandable: false))
        }
        if let missing = requirement.missing {
            rows.append(StackingRow(path: "\(path)/m", depth: depth + 1, kind: .missing(missing), expandable: false))
        }
    }
}
