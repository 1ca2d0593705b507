import Foundation
import WalletCrypto

/// Asks for a secret on the controlling terminal (`/dev/tty`) with echo switched off (termios).
///
/// Reads `/dev/tty` rather than stdin so that piped input (e.g. a file list) never becomes a
/// passphrase by accident, and the prompt goes to the terminal, not to stdout.
struct TerminalPrompt: Sendable {
    /// - Parameter variables: the environment variables to name when there is no terminal, so the
    ///   message tells a script which passphrase (wallet, new, bundle) it has to supply.
    func ask(_ prompt: String, variables: PassphraseSource.Variables = .current) throws(WalletError) -> Passphrase {
        let fd = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard fd >= 0 else {
            throw .noPassphrase("no terminal to ask on; set \(variables.file) (or \(variables.value))")
        }
        defer { close(fd) }
        write(fd, prompt)
        var saved = termios()
        let canHideEcho = tcgetattr(fd, &saved) == 0
        if canHideEcho {
            var silent = saved
            silent.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(fd, TCSAFLUSH, &silent)
        }
        defer {
            if canHideEcho { tcsetattr(fd, TCSAFLUSH, &saved) }
            write(fd, "\n")
        }
        return Passphrase(bytes: readLine(fd))
    }

    private func readLine(_ fd: Int32) -> [UInt8] {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while Foundation.read(fd, &byte, 1) == 1, byte != 0x0A {
            bytes.append(byte)
        }
        if bytes.last == 0x0D { bytes.removeLast() }
        return bytes
    }

    private func write(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        _ = Foundation.write(fd, &bytes, bytes.count)
    }
}
