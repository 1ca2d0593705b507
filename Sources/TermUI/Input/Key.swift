/// A key press, decoded by the terminal backend.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case char(Character)
    /// A control chord, e.g. `.ctrl("c")` for Ctrl-C (lowercase letter).
    case ctrl(Character)
    case enter, escape, backspace, tab, backTab, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)

    /// How help screens and key hints spell the key.
    public var description: String {
        switch self {
        case .char(" "): "space"
        case .char(let c): String(c)
        case .ctrl(let c): "ctrl-\(c)"
        case .enter: "enter"
        case .escape: "esc"
        case .backspace: "backspace"
        case .tab: "tab"
        case .backTab: "shift-tab"
        case .delete: "delete"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "home"
        case .end: "end"
        case .pageUp: "pgup"
        case .pageDown: "pgdn"
        case .function(let n): "F\(n)"
        }
    }
}

/// Something that happened at the terminal.
public enum Event: Hashable, Sendable {
    case key(Key)
    /// The terminal changed size (SIGWINCH), or it must be fully repainted (after resume).
    case resize(Size)
    case paste(String)
}
