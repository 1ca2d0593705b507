/// Partial allocations the solver has already explored, so an equivalent one reached along another
/// path is not searched again (stacking.md § 4.2: exact, but without re-solving the same subproblem).
///
/// Two partial allocations of the first `d` units that leave the same *future* — the same leaf,
/// cap and minimum sums (saturated where only "reached or not" matters), the same conflict sides,
/// the same `distinct`/`same` key sets, the same grade sums and, where symmetry breaking reads it,
/// the same placement of unit `d − 1` — have exactly the same completions, and each completion
/// scores the same on every objective level except the additive ones: pending status, contested
/// credit and credentials used. So a later arrival whose (status, contested, used) is not strictly
/// better than the first one's cannot lead to a strictly better allocation than one already
/// explored or validly cut, and is skipped. Because the solver only replaces its incumbent with a
/// strictly better allocation, skipping changes neither the optimum nor which of several equal
/// optima is returned (the differential test compares both, with and without the table).
///
/// Truncating caps take credit from the *last* units, so the counted credit of a unit depends on
/// units decided later; problems with truncations are not memoised.
final class TranspositionTable {
    /// Entries kept; beyond this the table stops growing (lookups continue), bounding memory.
    static let capacity = 1 << 18

    private struct Additive {
        var status: Int
        var contested: Int
        var used: Int

        /// Lexicographically better on (−status, −contested, −used), the objective's order.
        func better(than other: Additive) -> Bool {
            if status != other.status { return status < other.status }
            if contested != other.contested { return contested < other.contested }
            return used < other.used
        }
    }

    private let problem: Problem
    private let keys: KeySetTracker
    private let grades: GradeSumTracker
    private var seen: [[Int]: Additive] = [:]
    private var key: [Int] = []

    /// Nil when the problem cannot be memoised (truncations, or too many sides or key values to encode).
    init?(problem: Problem) {
        guard problem.truncations.isEmpty, problem.conflicts.allSatisfy({ $0.sides.count <= Int.bitWidth - 2 }),
              let keys = KeySetTracker(problem: problem) else { return nil }
        self.problem = problem
        self.keys = keys
        self.grades = GradeSumTracker(problem: problem)
    }

    func place(_ u: Int, _ l: Int) {
        guard l >= 0 else { return }
        keys.apply(u, l, sign: 1)
        grades.apply(u, sign: 1)
    }

    func unplace(_ u: Int, _ l: Int) {
        guard l >= 0 else { return }
        keys.apply(u, l, sign: -1)
        grades.apply(u, sign: -1)
    }

    /// Records the current partial allocation; true when an equivalent one at least as good on the
    /// additive levels was explored before (the caller then skips this subtree).
    func skip(depth: Int, state: SearchState, assign: [Int]) -> Bool {
        fillKey(depth: depth, state: state, assign: assign)
        let mine = Additive(status: state.status, contested: state.contested, used: state.used)
        if let known = seen[key] {
            guard mine.better(than: known) else { return true }
            seen[key] = mine
            return false
        }
        if seen.count < Self.capacity { seen[key] = mine }
        return false
    }

    private func fillKey(depth: Int, state: SearchState, assign: [Int]) {
        key.removeAll(keepingCapacity: true)
        key.append(depth)
        if depth < problem.units.count && problem.sameAsPrevious[depth] { key.append(assign[depth - 1]) }
        for (l, leaf) in problem.leaves.enumerated() {
            key.append(state.leafCredit[l])
            key.append(leaf.maxCount == nil ? min(state.leafCount[l], leaf.countNeed) : state.leafCount[l])
        }
        for (k, cap) in problem.caps.enumerated() {
            if cap.maxCredit != nil { key.append(state.capCredit[k]) }
            if cap.maxCount != nil { key.append(state.capCount[k]) }
        }
        for (m, minimum) in problem.minimums.enumerated() {
            key.append(min(state.minimumCredit[m], minimum.creditMin))
            key.append(min(state.minimumCount[m], minimum.countMin))
        }
        for sides in state.sides {
            key.append(sides.enumerated().reduce(0) { $1.element > 0 ? $0 | 1 << $1.offset : $0 })
        }
        keys.appendKey(to: &key)
        grades.appendKey(to: &key)
    }
}
