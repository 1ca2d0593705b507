import ArgumentParser
import WalletCore

/// `cairn check`: SQLite integrity check plus an attempt to open every record.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the wallet file and every record (exit 1 if anything is damaged).")

    @OptionGroup var options: WalletOptions

    func run() throws {
        try Console.run {
            let result = try options.open().check()
            Console.line("integrity: \(result.integrity.joined(separator: "; "))")
            Console.line("readable credentials: \(result.readable)")
            for damaged in result.damaged { Console.line("damaged: \(damaged.id.short) (\(damaged.reason))") }
            if !result.isHealthy { throw ExitCode(1) }
        }
    }
}
