import ArgumentParser
import Foundation
import WalletCore

/// `cairn backup --output FILE`: an encrypted copy that opens anywhere with the passphrase.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Write an encrypted backup of the wallet.")

    @OptionGroup var options: WalletOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The backup file to create (must not exist).", valueName: "file"))
    var output: String

    func run() throws {
        try Console.run {
            let wallet = try options.open()
            let destination = URL(fileURLWithPath: output)
            try wallet.backup(to: destination)
            Console.line("Encrypted backup written to \(destination.path); restore it with `cairn restore \(output)`.")
        }
    }
}
