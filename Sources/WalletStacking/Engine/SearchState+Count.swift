/// A lower bound on the credentials a completion still needs when it must fill every leaf with
/// the least surplus the overshoot bound allows.
///
/// Once the surplus level ties the incumbent, only completions whose total overshoot is the
/// minimum `budget` can beat it, so each leaf must be closed almost exactly: "fewest units, largest
/// first" (which ignores exactness and caps) is far too optimistic there — proving "9 credentials
/// are the fewest" then enumerated thousands of allocations. Per open leaf a small dynamic programme
/// gives the fewest of its undecided units that reach the gap within t steps of overshoot using r
/// steps of the overshoot cap's room; the leaves are combined over both shared budgets. Each leaf
/// sees all its eligible units (another leaf may claim them), so the result is still a relaxation.
extension SearchState {
    /// Largest (room × overshoot) table combined across leaves; beyond it only the room is shared.
    static let countTableLimit = 400
    /// Most table-cell updates one call may spend (units × room × sums, over the open leaves): a
    /// 240-ECTS degree's table is large and its greedy count is already tight, so it is skipped.
    static let countWorkLimit = 60_000

    /// Nil when the bound does not apply (too large, or a leaf cannot be closed within the budget).
    func fewestUnits(depth: Int, overshootBudget budget: Int) -> Int? {
        let step = creditStep
        let room = overshootRoomSteps
        var open: [(leaf: Int, gap: Int, target: Int)] = []
        var base = 0
        for l in problem.leaves.indices {
            let gap = problem.leaves[l].need - leafCredit[l]
            guard gap > 0, leafUnits[l].contains(where: { $0 >= depth }) else { continue }
            let target = (gap + step - 1) / step
            open.append((l, gap, target))
            base += target * step - gap
        }
        guard !open.isEmpty, budget >= base else { return nil }
        let slack = (budget - base) / step
        let work = open.reduce(0) { sum, leaf in
            sum + leafUnits[leaf.leaf].count * (room + 1) * (leaf.target + slack + 1)
        }
        guard work <= Self.countWorkLimit else { return nil }
        var total: CountTable?
        for (l, _, target) in open {
            guard target + slack <= Self.overshootBitLimit,
                  let table = leafCountTable(l, target: target, slack: slack, room: room, depth: depth) else { return nil }
            total = total.map { $0.combined(with: table, limit: Self.countTableLimit) } ?? table
        }
        return total?.best
    }

    /// Fewest units of leaf `l` reaching `target...target + t` steps using at most r room steps.
    private func leafCountTable(_ l: Int, target: Int, slack: Int, room: Int, depth: Int) -> CountTable? {
        let limit = target + slack
        let width = limit + 1
        var fewest = Array(repeating: CountTable.none, count: (room + 1) * width)
        fewest[0] = 0
        for u in leafUnits[l] where u >= depth {
            let size = credit[u] / creditStep
            guard size > 0, size <= limit else { continue }
            let used = inOvershootCap[u] ? size : 0
            guard used <= room else { continue }
            for r in stride(from: room, through: used, by: -1) {
                let from = (r - used) * width, to = r * width
                for s in stride(from: limit, through: size, by: -1) where fewest[from + s - size] != CountTable.none {
                    fewest[to + s] = min(fewest[to + s], fewest[from + s - size] + 1)
                }
            }
        }
        var table = CountTable(room: room, slack: slack)
        for r in 0...room {
            for t in 0...slack {
                var value = fewest[r * width + target + t]
                if t > 0 { value = min(value, table[r, t - 1]) }
                if r > 0 { value = min(value, table[r - 1, t]) }
                table[r, t] = value
            }
        }
        return table.best == CountTable.none ? nil : table
    }
}
