/// Lower bounds on the consumption levels of the objective (surplus credit, credentials used) for
/// completions that must fill every leaf.
///
/// When the incumbent's capped credit equals the sum of all needs, any completion at least as good
/// fills every leaf. Each undecided unit lands in one leaf at most, so per-leaf bounds computed on
/// each leaf's own eligible units (ignoring that other leaves compete for them) add up:
/// - units: the fewest units that close the leaf's gap (largest first is optimal for a count);
/// - surplus: the smallest overshoot any subset of eligible units reaches (a subset-sum bitset over
///   multiples of the common credit step). Without these, proving "fewest credentials" or "no surplus"
///   optimal enumerated subsets one by one and ran out of budget (7 provisional pathways of 119).
extension SearchState {
    /// Largest bitset (in credit steps) the overshoot bound builds; larger gaps use 0 (still valid).
    static let overshootBitLimit = 4096

    func fillBounds(depth: Int) -> (units: Int, overshoot: Int) {
        var units = 0
        var overshoot = 0
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
            overshoot += minimalOvershoot(l, gap: gap, depth: depth)
        }
        return (units, overshoot)
    }

    /// The least `Σ credit − gap ≥ 0` over subsets of leaf `l`'s undecided units.
    private func minimalOvershoot(_ l: Int, gap: Int, depth: Int) -> Int {
        let step = creditStep
        let target = (gap + step - 1) / step
        guard let first = leafUnits[l].first(where: { $0 >= depth }) else { return 0 }
        let limit = target + credit[first] / step
        guard limit <= Self.overshootBitLimit else { return 0 }
        var bits = SubsetSums(limit: limit)
        for u in leafUnits[l] where u >= depth {
            bits.add(credit[u] / step)
            if bits.contains(target) { break }
        }
        guard let reached = bits.first(atLeast: target) else { return 0 }
        return reached * step - gap
    }
}

/// Reachable subset sums `0...limit` as a bitset.
struct SubsetSums {
    private var words: [UInt64]
    private let limit: Int

    init(limit: Int) {
        self.limit = limit
        words = Array(repeating: 0, count: limit / 64 + 1)
        words[0] = 1
    }

    func contains(_ value: Int) -> Bool {
        value <= limit && words[value >> 6] & (1 << UInt64(value & 63)) != 0
    }

    /// Adds an item of size `size`: every reachable sum `s` makes `s + size` reachable.
    mutating func add(_ size: Int) {
        guard size > 0, size <= limit else { return }
        let wordShift = size >> 6
        let bitShift = UInt64(size & 63)
        for i in stride(from: words.count - 1, through: wordShift, by: -1) {
            var shifted = words[i - wordShift] << bitShift
            if bitShift > 0 && i - wordShift > 0 { shifted |= words[i - wordShift - 1] >> (64 - bitShift) }
            words[i] |= shifted
        }
        let extra = (words.count * 64 - 1) - limit
        if extra > 0 { words[words.count - 1] &= UInt64.max >> UInt64(extra) }
    }

    func first(atLeast value: Int) -> Int? {
        var v = value
        while v <= limit {
            if contains(v) { return v }
            v += 1
        }
        return nil
    }
}
