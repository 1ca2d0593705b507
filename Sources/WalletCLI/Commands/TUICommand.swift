import ArgumentParser
import Foundation
import WalletCore

/// `cairn tui` (also `cairn` with no subcommand): browse the wallet in the terminal UI.
struct TUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui", abstract: "Open the wallet in the terminal UI (the default command).")

    @OptionGroup var options: WalletOptions
    @OptionGroup var themeOptions: ThemeOptions

    func run() throws {
        try Console.run {
            let url = options.location.url
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw WalletError.walletNotFound(path: url.path)
            }
            try TUILauncher.run(location: url, banner: nil, theme: themeOptions)
        }
    }
}
