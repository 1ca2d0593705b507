import ArgumentParser
import WalletCore

/// `cairn demo`: creates or reuses the demo wallet full of sample credentials and opens it in the TUI.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Open a demo wallet full of sample credentials (passphrase: demo).")

    @Flag(help: "Create the demo wallet and print where it is, without opening the terminal UI.")
    var noTui = false

    @OptionGroup var themeOptions: ThemeOptions

    func run() throws {
        try Console.run {
            let wallet = try DemoWallet.openOrCreate()
            if noTui {
                Console.line("Demo wallet: \(wallet.url.path)")
                Console.line("Passphrase:  \(DemoWallet.passphrase)")
                Console.line("Credentials: \(try wallet.overviews().count)")
                Console.line("Try: CAIRN_PASSPHRASE=\(DemoWallet.passphrase) cairn list --wallet \(wallet.url.path)")
                return
            }
            let banner = "Demo wallet — passphrase: \(DemoWallet.passphrase)"
            try TUILauncher.run(location: wallet.url, banner: banner, theme: themeOptions)
        }
    }
}
