import ArgumentParser
import Foundation
import WalletCore

/// `cairn restore FILE`: installs a backup as the wallet (never overwrites an existing file).
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Restore a backup to the wallet path (which must not exist).")

    @OptionGroup var options: WalletOptions

    @Argument(help: ArgumentHelp("The backup file.", valueName: "file"))
    var file: String

    func run() throws {
        try Console.run {
            let destination = options.location.url
            let passphrase = try PassphraseSource().read(prompt: "Passphrase of the backup: ")
            try Wallet.restore(from: URL(fileURLWithPath: file), to: destination, passphrase: passphrase)
            Console.line("Restored \(file) to \(destination.path).")
        }
    }
}
