/// Turns successive frames into the minimal list of cell changes (ratatui's `Buffer::diff`).
///
/// Why diff ourselves rather than repaint: the diff is pure and testable, it keeps the terminal
/// byte stream small over SSH, and the backend stays a dumb painter.
public struct DiffRenderer: Sendable {
    private var previous: Screen?

    public init() {}

    /// Forgets the last frame so the next one is painted in full (after a resize or resume).
    public mutating func invalidate() { previous = nil }

    /// The changes that turn the last frame into `next`; everything when the size changed.
    public mutating func changes(to next: Screen) -> [CellChange] {
        defer { previous = next }
        let width = next.size.width
        guard let previous, previous.size == next.size else {
            return next.cells.indices.compactMap { index in
                next.cells[index].isWideTail
                    ? nil : CellChange(point: Point(x: index % width, y: index / width), cell: next.cells[index])
            }
        }
        var changes: [CellChange] = []
        for index in next.cells.indices where next.cells[index] != previous.cells[index] {
            let cell = next.cells[index]
            if cell.isWideTail { continue }
            changes.append(CellChange(point: Point(x: index % width, y: index / width), cell: cell))
        }
        return changes
    }
}
