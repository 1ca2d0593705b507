import ArgumentParser
import WalletCore

/// `cairn key`: the holder's public identity (`did:key`), never the secret.
struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key", abstract: "Print your holder identity (did:key) that signs exported bundles.")

    @OptionGroup var options: WalletOptions

    func run() throws {
        try Console.run {
            let wallet = try options.open()
            Console.line(try wallet.holderDID())
        }
    }
}
