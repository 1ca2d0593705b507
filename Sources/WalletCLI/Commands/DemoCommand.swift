import ArgumentParser
import Foundation
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
            let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
            if noTui || !interactive {
                if !noTui { Console.error("cairn: not a terminal, so the terminal UI stays closed; the demo wallet is ready:") }
                try printSummary()
                return
            }
            let banner = "Demo wallet — passphrase: \(DemoWallet.passphrase)"
            try TUILauncher.run(location: try prepareDemoWallet(), banner: banner, theme: themeOptions)
        }
    }

    /// Creates the demo wallet if needed and closes it again, so the TUI's unlock screen can open it.
    private func prepareDemoWallet() throws -> URL {
        try DemoWallet.openOrCreate().url
    }

    private func printSummary() throws {
        let wallet = try DemoWallet.openOrCreate()
        Console.line("Demo wallet: \(wallet.url.path)")
        Console.line("Passphrase:  \(DemoWallet.passphrase)")
        Console.line("Credentials: \(try wallet.overviews().count)")
        Console.line("Try: CAIRN_PASSPHRASE=\(DemoWallet.passphrase) cairn list --wallet \(wallet.url.path)")
    }
}
