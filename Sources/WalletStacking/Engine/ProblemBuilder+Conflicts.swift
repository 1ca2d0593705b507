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
        // Most wallets link nothing: skip the indexes (built per pathway) when no unit could conflict.
        let linked = units.contains { unit in
            !unit.facts.hasPart.isEmpty || !unit.facts.isPartOf.isEmpty || !unit.facts.equivalentTo.isEmpty || unit.source.utf8.contains(UInt8(ascii: "/"))
        }
        guard linked || !pathway.equivalences.isEmpty else { return [] }
        let sources = Array(Set(units.map(\.source))).sorted()
        let byID = Dictionary(credentials.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let index = referenceIndex(sources, byID: byID)
        var partsOf: [String: Set<String>] = [:]
        for id in sources {
            guard let credential = byID[id] else { continue }
            for key in credential.hasPart { for part in index[key] ?? [] where part != id { partsOf[id, default: []].insert(part) } }
            for key in credential.isPartOf { for container in index[key] ?? [] where container != id { partsOf[container, default: []].insert(id) } }
            if let slash = id.lastIndex(of: "/"), byID[String(id[..<slash])] != nil, index[String(id[..<slash])] != nil {
                partsOf[String(id[..<slash]), default: []].insert(id)
            }
        }
        var infos: [ConflictInfo] = []
        for containerID in partsOf.keys.sorted() {
            let parts = (partsOf[containerID] ?? []).sorted()
            let grants = units.filter { $0.source == containerID && $0.grantOf != nil }
            if let block = grants.first?.grantOf, pathway.transferValues.first(where: { $0.id == block })?.partsConsumed == false { continue }
            infos.append(ConflictInfo(kind: grants.isEmpty ? .composite : .block, sides: [[containerID], parts]))
        }
        for members in equivalenceClasses(sources, byID: byID, index: index) {
            infos.append(ConflictInfo(kind: .equivalence, sides: members.map { [$0] }))
        }
        var sideOf: [String: [(Int, Int)]] = [:]
        for (group, info) in infos.enumerated() {
            for (side, members) in info.sides.enumerated() { for member in members { sideOf[member, default: []].append((group, side)) } }
        }
        for i in units.indices { units[i].conflicts = (sideOf[units[i].source] ?? []).map { (group: $0.0, side: $0.1) } }
        return infos
    }

    /// Reference key (id, achievement id, credential identifier) → sources carrying it.
    private func referenceIndex(_ sources: [String], byID: [String: StackingCredential]) -> [String: [String]] {
        var index: [String: [String]] = [:]
        for id in sources { for key in byID[id]?.referenceKeys ?? [] { index[key, default: []].append(id) } }
        return index
    }

    /// Classes of credentials declared equivalent (pathway `[[equivalence]]`, `equivalentTo` links).
    private func equivalenceClasses(_ sources: [String], byID: [String: StackingCredential], index: [String: [String]]) -> [[String]] {
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
            let members = Array(Set(list.flatMap { index[$0] ?? [] })).sorted()
            for member in members.dropFirst() { union(members[0], member) }
        }
        for a in sources {
            for target in byID[a]?.equivalentTo ?? [] { for b in index[target] ?? [] where b != a { union(a, b) } }
        }
        let groups = Dictionary(grouping: sources, by: find)
        return groups.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }
}
