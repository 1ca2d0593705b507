/// Fewest units per (cap room used ≤ r, overshoot steps ≤ t), non-increasing in both.
struct CountTable {
    static let none = Int.max / 4
    let room: Int
    let slack: Int
    private var cells: [Int]

    init(room: Int, slack: Int) {
        self.room = room
        self.slack = slack
        cells = Array(repeating: Self.none, count: (room + 1) * (slack + 1))
    }

    subscript(r: Int, t: Int) -> Int {
        get { cells[r * (slack + 1) + t] }
        set { cells[r * (slack + 1) + t] = newValue }
    }

    /// With every budget used.
    var best: Int { self[room, slack] }

    /// The min-plus combination of two leaves sharing both budgets. When the table is too large,
    /// only the room is shared and each leaf may use the whole overshoot budget (a weaker but
    /// still valid bound); beyond that, each leaf uses both budgets whole.
    func combined(with other: CountTable, limit: Int) -> CountTable {
        var result = CountTable(room: room, slack: slack)
        if (room + 1) * (slack + 1) <= limit {
            for r in 0...room { for t in 0...slack {
                var value = Self.none
                for a in 0...r { for b in 0...t {
                    value = min(value, self[r - a, t - b] + other[a, b])
                } }
                result[r, t] = value
            } }
        } else if room + 1 <= limit {
            for r in 0...room {
                var value = Self.none
                for a in 0...r { value = min(value, self[r - a, slack] + other[a, slack]) }
                for t in 0...slack { result[r, t] = value }
            }
        } else {
            let value = best + other.best
            for r in 0...room { for t in 0...slack { result[r, t] = value } }
        }
        return result
    }
}
