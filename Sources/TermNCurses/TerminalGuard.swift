import CNCurses
import Glibc

/// Puts the terminal back on every exit path: normal exit (`atexit`), signals, and crashes.
///
/// Why globals: C signal handlers and `atexit` callbacks cannot capture context, so the
/// "is curses active" flag must be process-wide. It is touched only here.
enum TerminalGuard {
    nonisolated(unsafe) private static var active = false
    nonisolated(unsafe) private static var installed = false

    /// Signals after which the terminal must be restored before the default action runs.
    private static let fatalSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE]

    static func activate() {
        active = true
        guard !installed else { return }
        installed = true
        atexit { TerminalGuard.restore() }
        for signal in fatalSignals {
            Glibc.signal(signal) { number in
                TerminalGuard.restore()
                Glibc.signal(number, SIG_DFL)
                raise(number)
            }
        }
    }

    /// Leaves curses mode once; later calls do nothing.
    static func restore() {
        guard active else { return }
        active = false
        curs_set(1)
        endwin()
    }
}
