/// Incremental sums the solver keeps while placing units, and the optimistic bound built from them.
/// A class: as a struct inside the solver, every bound call copied it (and retained its arrays).
final class SearchState {
    let problem: Problem
    var leafCredit: [Int]
    var leafCount: [Int]
    var leafPotential: [Int]
    var leafPotentialCount: [Int]
    var capCredit: [Int]
    var capCount: [Int]
    var minimumCredit: [Int]
    var minimumCount: [Int]
    var minimumPotential: [Int]
    var minimumPotentialCount: [Int]
    /// Per leaf and per minimum, per credit cap: the undecided credit of members whose first credit
    /// cap it is (see `reach`).
    var leafCapPotential: [[Int]]
    var minimumCapPotential: [[Int]]
    /// Per unit: its first cap with a credit maximum, or -1.
    let creditCap: [Int]
    /// The credit cap the overshoot bound shares between leaves (the one with the most members),
    /// and per unit whether it is under it.
    let overshootCap: Int?
    let inOvershootCap: [Bool]
    /// Per conflict group, units placed on each side.
    var sides: [[Int]]
    var status = 0
    var contested = 0
    var used = 0
    /// Per-unit facts copied out of `Unit` so the hot loop touches no large structs (ARC traffic).
    let credit: [Int]
    let leaves: [[Int]]
    let caps: [[Int]]
    let mins: [[Int]]
    let conflicts: [[(group: Int, side: Int)]]
    let statusRank: [Int]
    let isContested: [Bool]
    /// Credit and number of undecided units: each counts in one leaf at most.
    var remaining = 0
    var remainingUnits = 0
    /// Per leaf: the units eligible for it, in canonical order (largest credit first).
    let leafUnits: [[Int]]
    /// The greatest common divisor of all unit credits: subset sums are multiples of it.
    let creditStep: Int
    /// Σ need over leaves some unit is eligible for: an incumbent with this capped credit fills
    /// every leaf that can be filled at all.
    let totalNeed: Int
    /// Leaves some unit is eligible for.
    let fillableMask: Int
    /// The splittable-flow relaxation (nil for problems with many leaves).
    let flow: FlowRelaxation?
    /// Leaf bitmasks for the flow relaxation: every leaf, and the leaves the root needs.
    let allLeavesMask: Int
    let requiredMask: Int

    init(problem: Problem) {
        self.problem = problem
        credit = problem.units.map(\.credit)
        leaves = problem.units.map(\.leaves)
        caps = problem.units.map(\.caps)
        mins = problem.units.map { $0.softs + $0.overlays }
        conflicts = problem.units.map(\.conflicts)
        statusRank = problem.units.map(\.statusRank)
        isContested = problem.units.map(\.contested)
        var perLeaf = Array(repeating: [Int](), count: problem.leaves.count)
        for (u, unit) in problem.units.enumerated() { for l in unit.leaves { perLeaf[l].append(u) } }
        leafUnits = perLeaf
        creditStep = max(1, problem.units.reduce(0) { Self.gcd($0, $1.credit) })
        totalNeed = problem.leaves.indices.filter { !perLeaf[$0].isEmpty }.map { problem.leaves[$0].need }.reduce(0, +)
        fillableMask = perLeaf.enumerated().reduce(0) { !$1.element.isEmpty && $1.offset < Int.bitWidth - 1 ? $0 | (1 << $1.offset) : $0 }
        flow = FlowRelaxation(problem: problem)
        allLeavesMask = problem.leaves.count < Int.bitWidth - 1 ? (1 << problem.leaves.count) - 1 : 0
        requiredMask = problem.requiredLeaves.enumerated().reduce(0) { $1.element && $1.offset < Int.bitWidth - 1 ? $0 | (1 << $1.offset) : $0 }
        let leaves = problem.leaves.count
        leafCredit = Array(repeating: 0, count: leaves)
        leafCount = leafCredit
        leafPotential = leafCredit
        leafPotentialCount = leafCredit
        capCredit = Array(repeating: 0, count: problem.caps.count)
        capCount = capCredit
        minimumCredit = problem.minimums.map(\.bonus)
        minimumCount = Array(repeating: 0, count: problem.minimums.count)
        minimumPotential = minimumCount
        minimumPotentialCount = minimumCount
        sides = problem.conflicts.map { Array(repeating: 0, count: $0.sides.count) }
        creditCap = problem.units.map { problem.firstCreditCap(of: $0) ?? -1 }
        let members = problem.caps.indices.map { k in problem.units.filter { $0.caps.contains(k) }.count }
        let chosen = problem.caps.indices.filter { problem.caps[$0].maxCredit != nil && members[$0] > 0 }.max { members[$0] < members[$1] }
        overshootCap = chosen
        inOvershootCap = problem.units.map { unit in chosen.map(unit.caps.contains) ?? false }
        leafCapPotential = Array(repeating: Array(repeating: 0, count: problem.caps.count), count: leaves)
        minimumCapPotential = Array(repeating: Array(repeating: 0, count: problem.caps.count), count: problem.minimums.count)
        for u in problem.units.indices { countUndecided(u, sign: 1) }
    }

    static func gcd(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (abs(a), abs(b))
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }

    func deficit(_ l: Int) -> Bool {
        leafCredit[l] < problem.leaves[l].need || leafCount[l] < problem.leaves[l].countNeed
    }

    /// Whether placing unit `u` in leaf `l` keeps every hard limit.
    func fits(_ u: Int, _ l: Int) -> Bool {
        let amount = credit[u]
        let leaf = problem.leaves[l]
        if let maxCredit = leaf.maxCredit, leafCredit[l] + amount > maxCredit { return false }
        if let maxCount = leaf.maxCount, leafCount[l] + 1 > maxCount { return false }
        for k in caps[u] {
            if let maxCredit = problem.caps[k].maxCredit, capCredit[k] + amount > maxCredit { return false }
            if let maxCount = problem.caps[k].maxCount, capCount[k] + 1 > maxCount { return false }
        }
        for (group, side) in conflicts[u] {
            for (other, count) in sides[group].enumerated() where other != side && count > 0 { return false }
        }
        return true
    }

    func place(_ u: Int, _ l: Int) {
        let amount = credit[u]
        countUndecided(u, sign: -1)
        if let flow { flow.poolRemaining[flow.poolOfUnit[u]] -= amount }
        guard l >= 0 else { return }
        apply(u, l, sign: 1)
    }

    func unplace(_ u: Int, _ l: Int) {
        let amount = credit[u]
        countUndecided(u, sign: 1)
        if let flow { flow.poolRemaining[flow.poolOfUnit[u]] += amount }
        guard l >= 0 else { return }
        apply(u, l, sign: -1)
    }

    /// Adds (sign 1) or removes (sign -1) unit `u` from the undecided totals the bounds read: the
    /// remaining credit and units, and per leaf and minimum the potential (also per credit cap).
    private func countUndecided(_ u: Int, sign: Int) {
        let amount = sign * credit[u]
        remaining += amount
        remainingUnits += sign
        let k = creditCap[u]
        for leaf in leaves[u] {
            leafPotential[leaf] += amount; leafPotentialCount[leaf] += sign
            if k >= 0 { leafCapPotential[leaf][k] += amount }
        }
        for m in mins[u] {
            minimumPotential[m] += amount; minimumPotentialCount[m] += sign
            if k >= 0 { minimumCapPotential[m][k] += amount }
        }
    }

    private func apply(_ u: Int, _ l: Int, sign: Int) {
        let amount = sign * credit[u]
        leafCredit[l] += amount
        leafCount[l] += sign
        for k in caps[u] { capCredit[k] += amount; capCount[k] += sign }
        for m in mins[u] { minimumCredit[m] += amount; minimumCount[m] += sign }
        for (group, side) in conflicts[u] { sides[group][side] += sign }
        status += sign * statusRank[u]
        if isContested[u] { contested += amount }
        used += sign
    }
}
