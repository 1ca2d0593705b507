import ArgumentParser
import Foundation
import TermNCurses
import WalletTUI

/// `cairn tui-preview`: the terminal UI over in-memory sample credentials (passphrase `demo`).
///
/// Hidden: it exists so the tmux end-to-end script (`Scripts/e2e/tui.sh`) can drive the real
/// ncurses app before any wallet file exists. Exports go to `--export-dir`.
struct TUIPreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui-preview",
        abstract: "Open the terminal UI on sample credentials (passphrase: demo).",
        shouldDisplay: false
    )

    @Option(help: "Colour theme: dark, light, high-contrast, monochrome, or a user theme's name.")
    var theme: String?

    @Option(help: "A directory of *.toml themes (may be repeated).")
    var themesDir: [String] = []

    @Option(help: "Where exported bundles are written.")
    var exportDir: String = NSTemporaryDirectory()

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        var options = TUIOptions.fromEnvironment(environment, themeName: theme, extraThemeDirectories: ["themes"] + themesDir)
        options.banner = "Preview wallet — passphrase: demo"
        let terminal = try NCursesTerminal(colors: !options.noColor)
        try TUIApp.run(terminal: terminal, client: .preview(exportDirectory: exportDir), options: options)
    }
}
