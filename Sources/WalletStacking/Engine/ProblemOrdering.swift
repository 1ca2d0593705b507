/// Puts a problem in canonical order so the result never depends on the wallet's order.
///
/// Units sort by credit (largest first, which finds good incumbents early), then by everything the
/// pathway can tell apart (the class key), then by source id. Units with equal class keys are
/// interchangeable; the solver only tries their placements in non-decreasing order.
enum ProblemOrdering {
    static func canonicalise(_ problem: inout Problem) {
        setLeafWeights(&problem)
        problem.maxLeafWeight = problem.leaves.map(\.weight).max() ?? 1
        problem.requiredLeaves = requiredLeaves(problem)
        problem.leafHasNode = problem.leaves.indices.map { l in
            problem.nodes.contains { if case .leaf(let x) = $0 { x == l } else { false } }
        }
        problem.hasGroups = problem.nodes.contains { if case .group = $0 { true } else { false } }
        for u in problem.units.indices { problem.units[u].classKey = classKey(problem.units[u]) }
        // Positions are sorted, then the units moved once: a unit is a large struct, and sorting
        // them in place moved each one log n times.
        let units = problem.units
        let order = units.indices.sorted { i, j in
            let (a, b) = (units[i], units[j])
            if a.credit != b.credit { return a.credit > b.credit }
            if a.classKey != b.classKey { return a.classKey < b.classKey }
            if a.source != b.source { return a.source < b.source }
            return (a.keys["grant"] ?? "") < (b.keys["grant"] ?? "")
        }
        problem.units = order.map { units[$0] }
        reindex(&problem)
    }

    /// Positions and symmetry links after the unit list changed (sorted, or cut to a component).
    static func reindex(_ problem: inout Problem) {
        problem.sameAsPrevious = problem.units.indices.map { u in
            u > 0 && problem.units[u].conflicts.isEmpty && problem.units[u].pinned == nil
                && problem.units[u - 1].classKey == problem.units[u].classKey
        }
        for u in problem.units.indices { problem.units[u].index = u }
    }

    /// Leaves the root reaches through all-of groups only; waived nodes are not required.
    private static func requiredLeaves(_ problem: Problem) -> [Bool] {
        var required = Array(repeating: false, count: problem.leaves.count)
        var stack = problem.root
        var seen: Set<Int> = []
        while let n = stack.popLast() {
            guard seen.insert(n).inserted else { continue }
            switch problem.nodes[n] {
            case .leaf(let l): required[l] = true
            case .group(let children, let choose) where choose == nil || choose == children.count: stack += children
            default: break
            }
        }
        return required
    }

    /// Narrow leaves (few eligible units) weigh more, so unavoidable gaps land in broad ones.
    private static func setLeafWeights(_ problem: inout Problem) {
        var eligible = Array(repeating: 0, count: problem.leaves.count)
        for unit in problem.units { for leaf in unit.leaves { eligible[leaf] += 1 } }
        for l in problem.leaves.indices {
            problem.leaves[l].weight = 1 + eligible.filter { $0 > eligible[l] }.count
        }
    }

    /// Built by appending to one string (the same text a `joined` of the parts gave): it runs for
    /// every placeable unit of every pathway.
    private static func classKey(_ unit: Unit) -> String {
        if !unit.conflicts.isEmpty || unit.pinned != nil || unit.grantOf != nil { return "~" + unit.source + (unit.keys["grant"] ?? "") }
        var key = ""
        key.reserveCapacity(48)
        func append(_ numbers: [Int]) {
            key += "|"
            for (position, number) in numbers.enumerated() {
                if position > 0 { key += "," }
                key += String(number)
            }
        }
        key += String(unit.credit)
        key += "|"
        key += String(unit.statusRank)
        append(unit.leaves)
        append(unit.caps)
        append(unit.truncations)
        append(unit.softs)
        append(unit.overlays)
        key += unit.contested ? "|c" : "|-"
        key += "|"
        key += unit.grade.map { String($0) } ?? "-"
        for (name, value) in unit.keys.sorted(by: { $0.key < $1.key }) {
            key += "|"
            key += name
            key += "="
            key += value
        }
        return key
    }
}
