/// One cell to paint at a position: what a renderer sends to a terminal.
public struct CellChange: Hashable, Sendable {
    public var point: Point
    public var cell: Cell

    public init(point: Point, cell: Cell) {
        self.point = point
        self.cell = cell
    }
}

/// The seam between the pure UI and a real (or fake) terminal; the only I/O a TUI does.
///
/// Backends: `NCursesTerminal` (TermNCurses) for people, `HeadlessTerminal` for tests.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Waits up to `timeout` for the next event; nil when none arrived (never spins).
    func nextEvent(timeout: Duration) throws -> Event?
    /// Paints changed cells, then places the cursor (nil hides it).
    func apply(_ changes: [CellChange], cursor: Point?) throws
    /// Gives the terminal back to the shell (Ctrl-Z); returns once the program is resumed.
    func suspend()
    /// Restores the terminal to the state it was found in. Idempotent.
    func restore()
}

extension Terminal {
    public func suspend() {}
}
