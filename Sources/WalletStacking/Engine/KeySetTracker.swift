/// The `distinct` / `same` key values among the units placed in each leaf, kept incrementally so
/// the transposition table can tell whether two partial allocations still have the same future.
///
/// Per (leaf, key) slot it counts the units per value and encodes the present values as a bitmask,
/// saturated where the future no longer depends on it: a `distinct` slot that already has enough
/// values stays met, a `same` slot with two values stays broken.
final class KeySetTracker {
    private enum Rule {
        case distinct(min: Int)
        case same
    }

    /// Most different values one slot may have (they must fit one bitmask word).
    static let maxValues = Int.bitWidth - 2

    private let rules: [Rule]
    private let slotsOfLeaf: [[Int]]
    /// Per unit, per slot: the value id, or -1 when the unit adds nothing to the slot.
    private let valueOf: [[Int]]
    private var counts: [[Int]]
    private var present: [Int]

    /// Nil when some slot has too many different values to encode.
    init?(problem: Problem) {
        var rules: [Rule] = []
        var slotsOfLeaf = Array(repeating: [Int](), count: problem.leaves.count)
        var names: [String] = []
        for (l, leaf) in problem.leaves.enumerated() {
            if let distinct = leaf.distinct {
                slotsOfLeaf[l].append(rules.count)
                rules.append(.distinct(min: distinct.min))
                names.append(distinct.by)
            }
            for name in leaf.same {
                slotsOfLeaf[l].append(rules.count)
                rules.append(.same)
                names.append(name)
            }
        }
        var ids = Array(repeating: [String: Int](), count: rules.count)
        var valueOf: [[Int]] = []
        for unit in problem.units {
            var row = Array(repeating: -1, count: rules.count)
            // Only counted credit enters the key checks (without truncation: a unit with credit).
            if unit.credit > 0 {
                for (slot, rule) in rules.enumerated() {
                    let value: String?
                    switch rule {
                    case .distinct: value = unit.keys[names[slot]]
                    case .same: value = unit.sameKey(names[slot])
                    }
                    guard let value else { continue }
                    let id = ids[slot][value] ?? ids[slot].count
                    ids[slot][value] = id
                    row[slot] = id
                }
            }
            valueOf.append(row)
        }
        guard ids.allSatisfy({ $0.count <= Self.maxValues }) else { return nil }
        self.rules = rules
        self.slotsOfLeaf = slotsOfLeaf
        self.valueOf = valueOf
        counts = ids.map { Array(repeating: 0, count: $0.count) }
        present = Array(repeating: 0, count: rules.count)
    }

    func apply(_ u: Int, _ l: Int, sign: Int) {
        for slot in slotsOfLeaf[l] {
            let value = valueOf[u][slot]
            guard value >= 0 else { continue }
            counts[slot][value] += sign
            if counts[slot][value] > 0 { present[slot] |= 1 << value } else { present[slot] &= ~(1 << value) }
        }
    }

    func appendKey(to key: inout [Int]) {
        for (slot, rule) in rules.enumerated() {
            let values = present[slot].nonzeroBitCount
            switch rule {
            case .distinct(let min): key.append(values >= min ? -1 : present[slot])
            case .same: key.append(values > 1 ? -1 : present[slot])
            }
        }
    }
}
