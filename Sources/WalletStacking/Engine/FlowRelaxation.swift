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

    /// Whether some undecided unit is pending or planned.
    var hasOtherRemaining: Bool {
        poolEarned.indices.contains { !poolEarned[$0] && poolRemaining[$0] > 0 }
    }

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
            if let k = problem.firstCreditCap(of: unit) {
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
    }

    /// Maximum splittable credit the undecided units can add to the leaves in `leafMask`, each
    /// taking at most its gap; `earnedOnly` leaves out pending and planned units. `capRoom[c]` is the
    /// room left under cap slot `c`.
    ///
    /// Per slot (uncapped, then each cap) a subset-sum transform gives, for every leaf set S, the
    /// credit of pools whose leaves lie inside S; the credit reaching a sink side T is then the slot
    /// total minus the credit inside the complement of T. Works on local copies: class-property
    /// access in this loop paid a dynamic exclusivity check per read.
    func maxFlow(gaps: [Int], leafMask: Int, capRoom: [Int], earnedOnly: Bool) -> Int {
        let size = 1 << leafCount
        let full = size - 1
        let slots = capRoom.count + 1
        var inside = Array(repeating: 0, count: slots * size)
        var total = Array(repeating: 0, count: slots)
        let masks = poolMask, caps = poolCap, earned = poolEarned, remaining = poolRemaining
        for p in masks.indices where remaining[p] > 0 && (!earnedOnly || earned[p]) {
            let slot = caps[p] + 1
            inside[slot * size + masks[p]] += remaining[p]
            total[slot] += remaining[p]
        }
        for slot in 0..<slots where total[slot] > 0 {
            let base = slot * size
            for l in 0..<leafCount {
                let bit = 1 << l
                for set in 0..<size where set & bit != 0 { inside[base + set] += inside[base + set ^ bit] }
            }
        }
        var gapOf = Array(repeating: 0, count: size)
        for set in 1..<size {
            let low = set & -set
            gapOf[set] = gapOf[set ^ low] + (leafMask & low != 0 ? gaps[low.trailingZeroBitCount] : 0)
        }
        var best = Int.max
        for sinkSide in 0..<size where sinkSide & ~leafMask == 0 {
            let outside = full & ~sinkSide
            var cost = gapOf[outside] + total[0] - inside[outside]
            for c in 0..<capRoom.count where total[c + 1] > 0 {
                cost += min(capRoom[c], total[c + 1] - inside[(c + 1) * size + outside])
            }
            best = min(best, cost)
        }
        return best
    }
}
