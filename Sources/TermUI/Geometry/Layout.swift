/// How much space one slot of a `Layout` asks for.
public enum Constraint: Hashable, Sendable {
    /// Exactly `n` cells (less when the area is too small).
    case fixed(Int)
    /// A percentage of the whole area.
    case percent(Int)
    /// At least `n` cells, sharing any remainder with the other `fill`/`min` slots.
    case min(Int)
    /// Whatever is left, shared equally with the other flexible slots.
    case fill
}

/// Splits a rectangle into rows or columns from a list of constraints (ratatui's `Layout`).
///
/// Why a tiny solver rather than a general one: every cairn screen is a stack of fixed bars
/// around one flexible body, so fixed sizes are granted first, in order, and the rest is shared.
public struct Layout: Sendable {
    public enum Direction: Sendable { case vertical, horizontal }

    public var direction: Direction
    public var constraints: [Constraint]

    public init(_ direction: Direction, _ constraints: [Constraint]) {
        self.direction = direction
        self.constraints = constraints
    }

    /// The rectangles, one per constraint, in order; they tile `area` without overlap.
    public func split(_ area: Rect) -> [Rect] {
        let total = direction == .vertical ? area.height : area.width
        let sizes = Layout.sizes(for: constraints, total: total)
        var offset = 0
        return sizes.map { size in
            defer { offset += size }
            switch direction {
            case .vertical: return Rect(x: area.x, y: area.y + offset, width: area.width, height: size)
            case .horizontal: return Rect(x: area.x + offset, y: area.y, width: size, height: area.height)
            }
        }
    }

    static func sizes(for constraints: [Constraint], total: Int) -> [Int] {
        var remaining = total
        var sizes = constraints.map { constraint -> Int in
            let wanted: Int
            switch constraint {
            case .fixed(let n): wanted = n
            case .percent(let p): wanted = total * p / 100
            case .min(let n): wanted = n
            case .fill: wanted = 0
            }
            let granted = max(0, min(wanted, remaining))
            remaining -= granted
            return granted
        }
        let flexible = constraints.indices.filter {
            if case .fill = constraints[$0] { return true }
            if case .min = constraints[$0] { return true }
            return false
        }
        guard !flexible.isEmpty, remaining > 0 else { return sizes }
        let share = remaining / flexible.count
        var extra = remaining % flexible.count
        for index in flexible {
            sizes[index] += share + (extra > 0 ? 1 : 0)
            extra -= 1
        }
        return sizes
    }
}
