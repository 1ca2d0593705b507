import ArgumentParser
import WalletCore

/// `cairn remove ID`: deletes one credential.
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove one credential from the wallet.")

    @OptionGroup var options: WalletOptions

    @Argument(help: ArgumentHelp("The credential id or any unique prefix of it.", valueName: "id"))
    var id: String

    func run() throws {
        try Console.run {
            let wallet = try options.open()
            let resolved = try wallet.resolveID(id)
            try wallet.remove(resolved)
            Console.line("Removed \(resolved.short).")
        }
    }
}
