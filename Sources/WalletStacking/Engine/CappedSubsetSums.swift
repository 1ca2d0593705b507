/// Reachable subset sums `0...limit`, one bitset per amount of cap room used (`0...room`), so a
/// bound can ask "which sums are reachable using at most r of the cap's room?".
struct CappedSubsetSums {
    private var rows: [SubsetSums]

    init(limit: Int, room: Int) {
        rows = Array(repeating: SubsetSums(limit: limit), count: room + 1)
        for r in 1..<rows.count { rows[r] = SubsetSums(limit: limit, empty: true) }
    }

    /// Adds an item of `size`, of which `capped` counts against the cap (0 or `size`).
    mutating func add(_ size: Int, capped: Int) {
        if capped == 0 {
            for r in rows.indices { rows[r].add(size) }
            return
        }
        guard capped < rows.count else { return }
        for r in stride(from: rows.count - 1, through: capped, by: -1) {
            rows[r].merge(rows[r - capped], shiftedBy: size)
        }
    }

    /// Whether `value` is reachable using exactly `used` cap room.
    func reaches(_ value: Int, within used: Int) -> Bool {
        rows[used].contains(value)
    }

    /// The smallest reachable sum ≥ `value` using at most `room` cap room.
    func first(atLeast value: Int, within room: Int) -> Int? {
        (0...room).compactMap { rows[$0].first(atLeast: value) }.min()
    }

    /// For every r in 0...room, the smallest reachable sum ≥ `value` using at most r cap room (one
    /// scan per row instead of one per (r, row) pair).
    func firstPerRoom(atLeast value: Int) -> [Int?] {
        var best: Int?
        return rows.map { row in
            if let reached = row.first(atLeast: value) { best = min(best ?? reached, reached) }
            return best
        }
    }
}
