/// The full evaluation of one complete allocation: counted credit, met nodes and the objective.
struct Outcome {
    /// Lexicographic objective (stacking.md § 4.3), every component "higher is better".
    var objective: [Int]
    /// Per unit: credit counted after truncation (0 when unplaced or truncated away).
    var counted: [Int]
    var leafCredit: [Int]
    var leafCount: [Int]
    var minimumCredit: [Int]
    var minimumCount: [Int]
    var nodeMet: [Bool]
    var rootMet: Bool
}

/// Evaluates allocations of a `Problem`; `assign[u]` is a leaf index or -1 (unplaced).
struct Evaluator {
    let problem: Problem

    static let objectiveNames = [
        "root met", "requirements met", "capped credit", "capped count", "specificity-weighted credit",
        "earned before pending", "surplus credit", "contested credit", "credentials used",
    ]

    func evaluate(_ assign: [Int]) -> Outcome {
        let counted = truncatedCredit(assign)
        var leafCredit = Array(repeating: 0, count: problem.leaves.count)
        var leafCount = leafCredit
        var rawCredit = leafCredit
        var minimumCredit = problem.minimums.map(\.bonus)
        var minimumCount = Array(repeating: 0, count: problem.minimums.count)
        var status = 0, contested = 0, used = 0
        for (u, unit) in problem.units.enumerated() where assign[u] >= 0 {
            rawCredit[assign[u]] += unit.credit
            status += unit.statusRank
            used += 1
            if unit.contested { contested += unit.credit }
            guard counted[u] > 0 else { continue }
            leafCredit[assign[u]] += counted[u]
            leafCount[assign[u]] += 1
            for m in unit.softs + unit.overlays {
                minimumCredit[m] += counted[u]
                minimumCount[m] += 1
            }
        }
        let leafMet = problem.leaves.indices.map { l in
            leafCredit[l] >= problem.leaves[l].need && leafCount[l] >= problem.leaves[l].countNeed
                && keysHold(l, assign: assign, counted: counted)
        }
        let minimumMet = problem.minimums.indices.map { m in
            minimumCredit[m] >= problem.minimums[m].creditMin && minimumCount[m] >= problem.minimums[m].countMin
                && averageHolds(m, counted: counted)
        }
        let nodeMet = NodeTree(problem: problem).met(leafMet: leafMet, minimumMet: minimumMet)
        let rootMet = problem.root.allSatisfy { nodeMet[$0] }
        var capped = 0, cappedCount = 0, weighted = 0, excess = 0
        for (l, leaf) in problem.leaves.enumerated() {
            capped += min(leafCredit[l], leaf.need)
            cappedCount += min(leafCount[l], leaf.countNeed)
            weighted += leaf.weight * min(leafCredit[l], leaf.need)
            excess += max(0, rawCredit[l] - leaf.need)
        }
        let objective = [
            rootMet ? 1 : 0, nodeMet.filter { $0 }.count, capped, cappedCount, weighted, -status, -excess, -contested, -used,
        ]
        return Outcome(
            objective: objective, counted: counted, leafCredit: leafCredit, leafCount: leafCount,
            minimumCredit: minimumCredit, minimumCount: minimumCount, nodeMet: nodeMet, rootMet: rootMet)
    }

    /// Applies `truncate` caps: the excess is taken from the last units in canonical order (S6).
    func truncatedCredit(_ assign: [Int]) -> [Int] {
        var counted = problem.units.indices.map { assign[$0] >= 0 ? problem.units[$0].credit : 0 }
        for (t, cap) in problem.truncations.enumerated() {
            guard let maximum = cap.maxCredit else { continue }
            let inside = problem.units.indices.filter { counted[$0] > 0 && problem.units[$0].truncations.contains(t) }
            var over = inside.map { counted[$0] }.reduce(0, +) - maximum
            for u in inside.reversed() where over > 0 {
                let take = min(counted[u], over)
                counted[u] -= take
                over -= take
            }
        }
        return counted
    }

    private func keysHold(_ l: Int, assign: [Int], counted: [Int]) -> Bool {
        let leaf = problem.leaves[l]
        guard leaf.distinct != nil || !leaf.same.isEmpty else { return true }
        let inside = problem.units.indices.filter { assign[$0] == l && counted[$0] > 0 }
        if let distinct = leaf.distinct {
            let values = Set(inside.compactMap { problem.units[$0].keys[distinct.by] })
            if values.count < distinct.min { return false }
        }
        for name in leaf.same {
            let values = Set(inside.map { problem.units[$0].sameKey(name) })
            if values.count > 1 { return false }
        }
        return true
    }

    private func averageHolds(_ m: Int, counted: [Int]) -> Bool {
        guard let average = problem.minimums[m].avgGrade else { return true }
        var weight = 0
        var sum = 0.0
        for (u, unit) in problem.units.enumerated() where counted[u] > 0 && unit.softs.contains(m) {
            guard let grade = unit.grade else { continue }
            weight += counted[u]
            sum += grade * Double(counted[u])
        }
        return weight == 0 || sum / Double(weight) >= average.min - 1e-9
    }
}

/// Evaluates the requirement tree bottom-up (groups may refer to nodes declared later).
struct NodeTree {
    let problem: Problem

    func met(leafMet: [Bool], minimumMet: [Bool]) -> [Bool] {
        if !problem.hasGroups {
            return problem.nodes.map { node in
                switch node {
                case .leaf(let l): leafMet[l]
                case .minimum(let m): minimumMet[m]
                case .always, .waived, .group: true
                }
            }
        }
        var memo = [Bool?](repeating: nil, count: problem.nodes.count)
        func value(_ n: Int, _ depth: Int) -> Bool {
            if let known = memo[n] { return known }
            var result: Bool
            switch problem.nodes[n] {
            case .leaf(let l): result = leafMet[l]
            case .minimum(let m): result = minimumMet[m]
            case .always, .waived: result = true
            case .group(let children, let choose):
                let k = choose ?? children.count
                result = depth < 32 && children.filter { value($0, depth + 1) }.count >= k
            }
            memo[n] = result
            return result
        }
        return problem.nodes.indices.map { value($0, 0) }
    }
}
