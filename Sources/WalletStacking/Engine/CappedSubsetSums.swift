/// Reachable subset sums `0...limit`, one bitset per amount of cap room used (`0...room`), so a
/// bound can ask "which sums are reachable using at most r of the cap's room?".
///
/// All rows live in one flat word array: the bound builds one of these per open leaf at most
/// search nodes, and one allocation per row was a visible share of the search.
struct CappedSubsetSums {
    private let limit: Int
    /// Words per row.
    private let width: Int
    private var words: [UInt64]

    init(limit: Int, room: Int) {
        self.limit = limit
        width = limit / 64 + 1
        words = Array(repeating: 0, count: (room + 1) * width)
        words[0] = 1
    }

    private var rowCount: Int { words.count / width }

    /// Adds an item of `size`, of which `capped` counts against the cap (0 or `size`).
    mutating func add(_ size: Int, capped: Int) {
        guard size > 0, size <= limit else { return }
        if capped == 0 {
            for r in 0..<rowCount { shiftOr(from: r, into: r, by: size) }
            return
        }
        guard capped < rowCount else { return }
        for r in stride(from: rowCount - 1, through: capped, by: -1) {
            shiftOr(from: r - capped, into: r, by: size)
        }
    }

    /// Row `target` |= row `source` shifted up by `size`. Words are written from the top down, so
    /// `source` may be `target` itself (each item used once).
    private mutating func shiftOr(from source: Int, into target: Int, by size: Int) {
        let wordShift = size >> 6
        let bitShift = UInt64(size & 63)
        let from = source * width, to = target * width
        for i in stride(from: width - 1, through: wordShift, by: -1) {
            var shifted = words[from + i - wordShift] << bitShift
            if bitShift > 0 && i - wordShift > 0 { shifted |= words[from + i - wordShift - 1] >> (64 - bitShift) }
            words[to + i] |= shifted
        }
        let extra = (width * 64 - 1) - limit
        if extra > 0 { words[to + width - 1] &= UInt64.max >> UInt64(extra) }
    }

    /// Whether `value` is reachable using exactly `used` cap room.
    func reaches(_ value: Int, within used: Int) -> Bool {
        value <= limit && words[used * width + value >> 6] & (1 << UInt64(value & 63)) != 0
    }

    /// The smallest reachable sum ≥ `value` using at most `room` cap room.
    func first(atLeast value: Int, within room: Int) -> Int? {
        (0...room).compactMap { first(atLeast: value, inRow: $0) }.min()
    }

    /// For every r in 0...room, the smallest reachable sum ≥ `value` using at most r cap room (one
    /// scan per row instead of one per (r, row) pair).
    func firstPerRoom(atLeast value: Int) -> [Int?] {
        var best: Int?
        return (0..<rowCount).map { row in
            if let reached = first(atLeast: value, inRow: row) { best = min(best ?? reached, reached) }
            return best
        }
    }

    /// The smallest sum ≥ `value` in one row, a word at a time.
    private func first(atLeast value: Int, inRow row: Int) -> Int? {
        guard value <= limit else { return nil }
        let base = row * width
        var word = value >> 6
        var bits = words[base + word] & (UInt64.max << UInt64(value & 63))
        while true {
            if bits != 0 {
                let found = word << 6 + bits.trailingZeroBitCount
                return found <= limit ? found : nil
            }
            word += 1
            guard word < width else { return nil }
            bits = words[base + word]
        }
    }
}
