import CNCurses
import Glibc
import TermUI

/// The real terminal: ncurses for terminfo, raw input, key decoding and painting.
///
/// Why ncurses paints (option (a) of architecture §4.6) while `DiffRenderer` still decides *what*
/// changed: ncurses already optimises cursor motion and knows every terminal's quirks, and the
/// renderer's diff keeps the calls per frame small. This is the only type that touches curses.
public final class NCursesTerminal: Terminal {
    private let colors: Bool
    private var palette: ColorPairs

    /// Takes over the terminal: locale, raw mode, no echo, keypad, a short ESC delay, hidden cursor.
    /// - Parameter colors: false honours `NO_COLOR` (attributes only).
    /// - Throws: `NCursesError.notATerminal` when stdin/stdout is not a TTY or ncurses cannot start.
    public init(colors: Bool = true) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw NCursesError.notATerminal }
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            // ncursesw needs a UTF-8 locale to draw é, ł and CJK; C.UTF-8 exists on every glibc.
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        guard cnc_newterm() != nil else { throw NCursesError.notATerminal }
        TerminalGuard.activate()
        raw()
        noecho()
        nonl()
        keypad(cnc_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        let canColor = colors && has_colors()
        if canColor {
            start_color()
            use_default_colors()
        }
        self.colors = canColor
        self.palette = ColorPairs(available: canColor ? Int(cnc_color_pairs()) : 0, colors: Int(cnc_colors()))
    }

    deinit { restore() }

    public var size: Size { Size(width: Int(cnc_cols()), height: Int(cnc_lines())) }

    /// Blocks up to `timeout` in `wget_wch` (ncurses' own timeout: no polling loop).
    public func nextEvent(timeout: Duration) throws -> Event? {
        let milliseconds = timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000
        wtimeout(cnc_stdscr(), Int32(clamping: milliseconds))
        var code: UInt32 = 0
        let result = cnc_get_wch(&code)
        if result == ERR { return nil }
        if result == cnc_key_code_yes() {
            if Int32(code) == cnc_key_resize() { return .resize(size) }
            return KeyDecoder.functionKey(Int32(code)).map(Event.key)
        }
        return KeyDecoder.character(code).map(Event.key)
    }

    public func apply(_ changes: [CellChange], cursor: Point?) throws {
        for change in changes {
            var wide = change.cell.symbol.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
            if wide.isEmpty { wide = [wchar_t(32)] }
            wide.append(0)
            let attrs = attributes(change.cell.style.attrs)
            let pair = colors ? palette.pair(fg: change.cell.style.fg, bg: change.cell.style.bg) : 0
            _ = cnc_put(Int32(change.point.y), Int32(change.point.x), wide, attrs, Int32(pair))
        }
        if let cursor {
            curs_set(1)
            wmove(cnc_stdscr(), Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wrefresh(cnc_stdscr())
    }

    /// Ctrl-Z in raw mode arrives as a key: leave curses mode, stop, and resume on SIGCONT.
    public func suspend() {
        endwin()
        kill(getpid(), SIGSTOP)
        wrefresh(cnc_stdscr())
        clearok(cnc_stdscr(), true)
    }

    public func restore() { TerminalGuard.restore() }

    private func attributes(_ attrs: Attributes) -> attr_t {
        var value: attr_t = 0
        if attrs.contains(.bold) { value |= cnc_a_bold() }
        if attrs.contains(.dim) { value |= cnc_a_dim() }
        if attrs.contains(.reverse) { value |= cnc_a_reverse() }
        if attrs.contains(.underline) { value |= cnc_a_underline() }
        if attrs.contains(.italic) { value |= cnc_a_italic() }
        return value
    }
}

/// Why the terminal could not be opened.
public enum NCursesError: Error, CustomStringConvertible {
    case notATerminal

    public var description: String {
        "cairn's terminal UI needs an interactive terminal (stdin and stdout must be a TTY)"
    }
}
