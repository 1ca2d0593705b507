import ArgumentParser
import WalletCore

/// `cairn demo`: creates or reuses the demo wallet full of sample credentials.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Create (or reuse) a demo wallet full of sample credentials.")

    func run() throws {
        try Console.run {
            let wallet = try DemoWallet.openOrCreate()
            let count = try wallet.overviews().count
            Console.line("Demo wallet: \(wallet.url.path)")
            Console.line("Passphrase:  \(DemoWallet.passphrase)")
            Console.line("Credentials: \(count)")
            Console.line("Try: CAIRN_PASSPHRASE=\(DemoWallet.passphrase) cairn list --wallet \(wallet.url.path)")
        }
    }
}
