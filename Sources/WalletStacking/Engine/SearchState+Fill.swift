/// Lower bounds on the consumption levels of the objective (surplus credit, credentials used) for
/// completions that must fill every leaf.
///
/// When the incumbent's capped credit equals the sum of all needs, any completion at least as good
/// fills every leaf. Each undecided unit lands in one leaf at most, so per-leaf bounds computed on
/// each leaf's own eligible units (ignoring that other leaves compete for them) add up:
/// - units: the fewest units that close the leaf's gap (largest first is optimal for a count);
/// - surplus: the smallest overshoot any subset of eligible units reaches (a subset-sum bitset over
///   multiples of the common credit step), and when a credit cap binds (the one with the most
///   members), its remaining room shared between the leaves. Without these, proving "fewest credentials" or "no surplus"
///   optimal enumerated subsets one by one and ran out of budget (7 provisional pathways of 119).
extension SearchState {
    /// Largest bitset (in credit steps) the overshoot bound builds; larger gaps use 0 (still valid).
    static let overshootBitLimit = 4096

    func fillBounds(depth: Int) -> (units: Int, overshoot: Int) {
        var units = 0
        var perLeaf: [[Int]] = []
        for l in problem.leaves.indices {
            let gap = problem.leaves[l].need - leafCredit[l]
            guard gap > 0 else { continue }
            var sum = 0
            var count = 0
            for u in leafUnits[l] where u >= depth {
                sum += credit[u]
                count += 1
                if sum >= gap { break }
            }
            // An unfillable leaf is cut by the capped-credit component already.
            guard sum >= gap else { continue }
            units += count
            perLeaf.append(minimalOvershoot(l, gap: gap, depth: depth))
        }
        return (units, Self.combine(perLeaf))
    }

    /// Per cap room r (in credit steps, 0...room): the least `Σ credit − gap ≥ 0` over subsets of
    /// leaf `l`'s undecided units whose credit under the overshoot cap is at most r. Without an
    /// overshoot cap there is one entry. All zeros when the bound does not apply (0 is always valid).
    private func minimalOvershoot(_ l: Int, gap: Int, depth: Int) -> [Int] {
        let step = creditStep
        let room = overshootRoomSteps
        let zeros = Array(repeating: 0, count: room + 1)
        let target = (gap + step - 1) / step
        guard let first = leafUnits[l].first(where: { $0 >= depth }) else { return zeros }
        let limit = target + credit[first] / step
        guard limit <= Self.overshootBitLimit else { return zeros }
        var sums = CappedSubsetSums(limit: limit, room: room)
        for u in leafUnits[l] where u >= depth {
            sums.add(credit[u] / step, capped: inOvershootCap[u] ? credit[u] / step : 0)
            if sums.reaches(target, within: 0) { break }
        }
        let reached = sums.firstPerRoom(atLeast: target)
        // Not even with all the room: the capped-credit level handles that leaf.
        guard let withAllRoom = reached.last, withAllRoom != nil else { return zeros }
        return reached.map { $0.map { $0 * step - gap } ?? Int.max }
    }

    /// The room left under the overshoot cap, in credit steps (0 without such a cap).
    var overshootRoomSteps: Int {
        guard let k = overshootCap, let maximum = problem.caps[k].maxCredit else { return 0 }
        return min(max(0, maximum - capCredit[k]) / creditStep, Self.overshootBitLimit)
    }

    /// The least total overshoot when the leaves share the cap room: a min-plus combination of the
    /// per-leaf tables (each leaf's own units, so still a relaxation — a unit may serve two leaves).
    static func combine(_ perLeaf: [[Int]]) -> Int {
        guard var total = perLeaf.first else { return 0 }
        for table in perLeaf.dropFirst() {
            var next = Array(repeating: Int.max, count: total.count)
            for r in total.indices {
                for a in 0...r where total[r - a] != Int.max && table[a] != Int.max {
                    next[r] = min(next[r], total[r - a] + table[a])
                }
            }
            total = next
        }
        return total.last.map { $0 == Int.max ? 0 : $0 } ?? 0
    }
}
