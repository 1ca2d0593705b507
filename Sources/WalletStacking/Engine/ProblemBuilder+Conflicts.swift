/// What a conflict group stands for, so a non-counted member gets the right reason.
struct ConflictInfo {
    enum Kind { case composite, block, equivalence }
    var kind: Kind
    /// Sources per side (side 0 = the container or block for composites).
    var sides: [[String]]
}

extension ProblemBuilder {
    /// Links composites (container or parts, never both) and equivalence classes (at most one).
    func linkConflicts(_ units: inout [Unit]) -> [ConflictInfo] {
        let sources = Array(Set(units.map(\.source))).sorted()
        let byID = Dictionary(credentials.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var infos: [ConflictInfo] = []
        for containerID in sources {
            guard let container = byID[containerID] else { continue }
            let parts = sources.filter { $0 != containerID && byID[$0].map { isPart($0, of: container) } == true }
            guard !parts.isEmpty else { continue }
            let grants = units.filter { $0.source == containerID && $0.grantOf != nil }
            if let block = grants.first?.grantOf, pathway.transferValues.first(where: { $0.id == block })?.partsConsumed == false { continue }
            infos.append(ConflictInfo(kind: grants.isEmpty ? .composite : .block, sides: [[containerID], parts]))
        }
        for members in equivalenceClasses(sources, byID: byID) {
            infos.append(ConflictInfo(kind: .equivalence, sides: members.map { [$0] }))
        }
        for (group, info) in infos.enumerated() {
            for (side, members) in info.sides.enumerated() {
                for index in units.indices where members.contains(units[index].source) {
                    units[index].conflicts.append((group, side))
                }
            }
        }
        return infos
    }

    private func isPart(_ part: StackingCredential, of container: StackingCredential) -> Bool {
        if part.id.hasPrefix(container.id + "/") { return true }
        let partKeys = Set(part.referenceKeys)
        if container.hasPart.contains(where: partKeys.contains) { return true }
        let containerKeys = Set(container.referenceKeys)
        return part.isPartOf.contains(where: containerKeys.contains)
    }

    /// Classes of credentials declared equivalent (pathway `[[equivalence]]`, `equivalentTo` links).
    private func equivalenceClasses(_ sources: [String], byID: [String: StackingCredential]) -> [[String]] {
        var parent = Dictionary(uniqueKeysWithValues: sources.map { ($0, $0) })
        func find(_ x: String) -> String {
            var node = x
            while let up = parent[node], up != node { node = up }
            return node
        }
        func union(_ a: String, _ b: String) {
            let (ra, rb) = (find(a), find(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        for list in pathway.equivalences {
            let members = sources.filter { id in byID[id].map { $0.referenceKeys.contains(where: list.contains) } == true }
            for member in members.dropFirst() { union(members[0], member) }
        }
        for a in sources {
            guard let ca = byID[a] else { continue }
            for b in sources where b > a {
                guard let cb = byID[b] else { continue }
                if ca.equivalentTo.contains(where: cb.referenceKeys.contains) || cb.equivalentTo.contains(where: ca.referenceKeys.contains) {
                    union(a, b)
                }
            }
        }
        let groups = Dictionary(grouping: sources, by: find)
        return groups.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }
}
