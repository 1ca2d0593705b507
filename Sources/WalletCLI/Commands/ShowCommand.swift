import ArgumentParser
import WalletCore

/// `cairn show ID`: every standard element of one credential.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one credential in full.")

    @OptionGroup var options: WalletOptions

    @Flag(name: .long, help: "Print a JSON object (see README).")
    var json = false

    @Argument(help: ArgumentHelp("The credential id or any unique prefix of it.", valueName: "id"))
    var id: String

    func run() throws {
        try Console.run {
            let wallet = try options.open()
            let credential = try wallet.credential(try wallet.resolveID(id))
            Console.out(json ? CredentialJSON.show(credential) : TextFormat.detail(credential))
        }
    }
}
