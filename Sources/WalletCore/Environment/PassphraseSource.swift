import Foundation
import WalletCrypto

/// Where a passphrase comes from: `CAIRN_PASSPHRASE_FILE` (preferred for scripts), then
/// `CAIRN_PASSPHRASE` (as restic does), else the terminal without echo. Never argv.
///
/// For `passwd`, the new passphrase comes from `CAIRN_NEW_PASSPHRASE_FILE` /
/// `CAIRN_NEW_PASSPHRASE`, else the terminal (asked twice).
public struct PassphraseSource: Sendable {
    /// The environment variable pair to consult.
    public struct Variables: Sendable {
        public var file: String
        public var value: String

        public init(file: String, value: String) {
            self.file = file
            self.value = value
        }

        public static let current = Variables(file: "CAIRN_PASSPHRASE_FILE", value: "CAIRN_PASSPHRASE")
        public static let new = Variables(file: "CAIRN_NEW_PASSPHRASE_FILE", value: "CAIRN_NEW_PASSPHRASE")
    }

    public var environment: [String: String]
    var terminal: TerminalPrompt

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
        self.terminal = TerminalPrompt()
    }

    /// Reads a passphrase. On a terminal with `confirm`, asks twice and requires both to match
    /// (for `init` and `passwd`).
    public func read(prompt: String, confirm: Bool = false, variables: Variables = .current) throws(WalletError) -> Passphrase {
        if let path = environment[variables.file], !path.isEmpty { return try readFile(path, variable: variables.file) }
        if let value = environment[variables.value] {
            guard !value.isEmpty else { throw .noPassphrase("\(variables.value) is empty") }
            return Passphrase(value)
        }
        let first = try terminal.ask(prompt, variables: variables)
        guard !first.isEmpty else { throw .noPassphrase("an empty passphrase is not allowed") }
        if confirm {
            guard try terminal.ask("Repeat to confirm: ", variables: variables) == first else { throw .passphraseMismatch }
        }
        return first
    }

    private func readFile(_ path: String, variable: String) throws(WalletError) -> Passphrase {
        guard var bytes = FileManager.default.contents(atPath: path).map(Array.init) else {
            throw .noPassphrase("cannot read \(path), the file named by \(variable)")
        }
        // One trailing newline is the file's line ending, not part of the passphrase.
        if bytes.last == 0x0A { bytes.removeLast() }
        if bytes.last == 0x0D { bytes.removeLast() }
        guard !bytes.isEmpty else { throw .noPassphrase("the file named by \(variable) is empty") }
        return Passphrase(bytes: bytes)
    }
}
