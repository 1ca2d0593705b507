import ArgumentParser
import Foundation
import WalletCore

/// Output helpers: results to stdout, diagnostics to stderr, both unbuffered so a killed process
/// has already written every line it reported.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func line(_ text: String) {
        out(text + "\n")
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Reports a usage problem (a bad option value) and returns the exit status for it (2), for
    /// `throw Console.usage("…")`.
    static func usage(_ message: String) -> ExitCode {
        Console.error("cairn: \(message)")
        return ExitCode(2)
    }

    /// Runs a command body, turning `WalletError`s into a message on stderr and their exit code.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as WalletError {
            Console.error("cairn: \(error)")
            throw ExitCode(error.exitCode)
        }
    }
}
