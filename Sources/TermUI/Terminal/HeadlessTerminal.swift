/// An in-memory terminal for tests and benchmarks: events are queued, paints land in `screen`.
///
/// The counterpart of NIO's `EmbeddedChannel` and ratatui's `TestBackend`.
public final class HeadlessTerminal: Terminal {
    public private(set) var screen: Screen
    public var queuedEvents: [Event]
    public private(set) var cursor: Point?
    public private(set) var restored = false
    public private(set) var suspendCount = 0
    /// How many `apply` calls happened (one per frame).
    public private(set) var frames = 0

    public init(size: Size, events: [Event] = []) {
        self.screen = Screen(size: size)
        self.queuedEvents = events
    }

    public var size: Size { screen.size }

    public func nextEvent(timeout: Duration) throws -> Event? {
        guard !queuedEvents.isEmpty else { return nil }
        let event = queuedEvents.removeFirst()
        if case .resize(let newSize) = event { screen = Screen(size: newSize) }
        return event
    }

    public func apply(_ changes: [CellChange], cursor: Point?) throws {
        for change in changes {
            screen[change.point.x, change.point.y] = change.cell
            if TextWidth.of(change.cell.symbol) == 2 {
                screen[change.point.x + 1, change.point.y] = Cell(symbol: "", style: change.cell.style, isWideTail: true)
            }
        }
        self.cursor = cursor
        frames += 1
    }

    public func suspend() { suspendCount += 1 }

    public func restore() { restored = true }
}
