/// The transportation relaxation of the remaining allocation: undecided units may be split across
/// their eligible leaves, each leaf takes at most its gap, and each unit's first credit cap (exclude
/// mode) limits the credit of its members. Its maximum flow bounds how much capped credit a completion
/// can still add — much tighter than "every unit lands everywhere" when leaves share candidates.
///
/// Max flow = min cut, and for a handful of leaves the cut is enumerated directly: for each set T of
/// leaves on the sink side, leaves outside T cost their gap; units reaching T cost their credit (or,
/// for units under a cap, at most the cap's remaining room). Units are pooled by (leaf mask, cap,
/// earned) so a cut evaluation touches a few pools, not every unit.
final class FlowRelaxation {
    /// Cut enumeration is 2^leaves × pools; beyond this many leaves the relaxation is not used.
    static let maxLeaves = 8

    let leafCount: Int
    let poolOfUnit: [Int]
    let poolMask: [Int]
    /// Index into `capIndex`, or -1.
    let poolCap: [Int]
    let poolEarned: [Bool]
    /// Problem cap index per cap slot.
    let capIndex: [Int]
    var poolRemaining: [Int]
    private var capSide: [Int]

    init?(problem: Problem) {
        leafCount = problem.leaves.count
        guard leafCount > 0, leafCount <= Self.maxLeaves else { return nil }
        var slots: [Int: Int] = [:]
        var capIndex: [Int] = []
        var pools: [String: Int] = [:]
        var poolOfUnit: [Int] = [], poolMask: [Int] = [], poolCap: [Int] = [], poolEarned: [Bool] = [], remaining: [Int] = []
        for unit in problem.units {
            let mask = unit.leaves.reduce(0) { $0 | (1 << $1) }
            var cap = -1
            if let k = unit.caps.first(where: { problem.caps[$0].maxCredit != nil }) {
                if slots[k] == nil { slots[k] = capIndex.count; capIndex.append(k) }
                cap = slots[k] ?? -1
            }
            let earned = unit.statusRank == 0
            let key = "\(mask)|\(cap)|\(earned)"
            let pool = pools[key] ?? poolMask.count
            if pool == poolMask.count {
                pools[key] = pool
                poolMask.append(mask); poolCap.append(cap); poolEarned.append(earned); remaining.append(0)
            }
            remaining[pool] += unit.credit
            poolOfUnit.append(pool)
        }
        self.poolOfUnit = poolOfUnit
        self.poolMask = poolMask
        self.poolCap = poolCap
        self.poolEarned = poolEarned
        self.capIndex = capIndex
        poolRemaining = remaining
        capSide = Array(repeating: 0, count: capIndex.count)
    }

    /// Maximum splittable credit the undecided units can add to the leaves in `leafMask`, each
    /// taking at most its gap; `earnedOnly` leaves out pending and planned units.
    func maxFlow(gaps: [Int], leafMask: Int, capRoom: (Int) -> Int, earnedOnly: Bool) -> Int {
        var best = Int.max
        for sinkSide in 0..<(1 << leafCount) where sinkSide & ~leafMask == 0 {
            var cost = 0
            for l in 0..<leafCount where leafMask >> l & 1 == 1 && sinkSide >> l & 1 == 0 { cost += gaps[l] }
            guard cost < best else { continue }
            for p in poolMask.indices where poolMask[p] & sinkSide != 0 && (!earnedOnly || poolEarned[p]) {
                if poolCap[p] < 0 { cost += poolRemaining[p] } else { capSide[poolCap[p]] += poolRemaining[p] }
            }
            for c in capSide.indices {
                cost += min(capRoom(capIndex[c]), capSide[c])
                capSide[c] = 0
            }
            best = min(best, cost)
        }
        return best
    }
}
