import TermUI

/// The terminal UI's entry point for the CLI.
public enum TUIApp {
    /// Runs the app on `terminal` until the user quits, restoring the terminal on the way out.
    ///
    /// Theme problems (a bad file, an unknown `--theme`) do not stop the app: the default theme is
    /// used and the error, naming the file and key, appears in the status bar.
    public static func run(terminal: any Terminal, client: WalletClient, options: TUIOptions) throws {
        defer { terminal.restore() }
        var runtime = Runtime(state: initialState(size: terminal.size, options: options), terminal: terminal, client: client)
        try runtime.run()
    }

    /// The first state for `options`: theme chosen (monochrome under `NO_COLOR`), banner set.
    public static func initialState(size: Size, options: TUIOptions) -> AppState {
        let catalog = ThemeCatalog.load(directories: options.themeDirectories)
        let requested = options.themeName ?? (options.noColor ? "monochrome" : nil)
        let (chosen, error) = catalog.theme(named: requested)
        let themes = options.noColor ? catalog.themes.map(\.withoutColor) : catalog.themes
        var state = AppState(
            size: size, theme: options.noColor ? chosen.withoutColor : chosen, themes: themes,
            banner: options.banner, unlocked: options.startUnlocked)
        if let problem = catalog.errors.first ?? error {
            state.message = .error(problem.description + (catalog.errors.isEmpty ? "" : "; using \(chosen.name)"))
        }
        return state
    }
}
