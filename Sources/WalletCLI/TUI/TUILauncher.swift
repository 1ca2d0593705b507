import Foundation
import TermNCurses
import WalletCore
import WalletTUI

/// Opens the terminal UI on a real wallet: the one place that wires ncurses to the live client.
enum TUILauncher {
    /// Runs the TUI until the user quits. The unlock screen asks for the passphrase itself.
    static func run(location: URL, banner: String?, theme: ThemeOptions) throws {
        let environment = ProcessInfo.processInfo.environment
        var options = TUIOptions.fromEnvironment(
            environment, themeName: theme.theme, extraThemeDirectories: ["themes"] + theme.themesDir)
        options.banner = banner
        let catalogue = try PathwayLibrary.catalogue(environment: environment)
        let client = WalletClient.live(location: location, slot: WalletSlot(), catalogue: catalogue)
        let terminal = try NCursesTerminal(colors: !options.noColor)
        try TUIApp.run(terminal: terminal, client: client, options: options)
    }
}
