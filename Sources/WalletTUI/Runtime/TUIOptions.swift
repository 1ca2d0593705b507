/// How the CLI starts the terminal UI.
public struct TUIOptions: Sendable {
    /// The theme to start with (`--theme NAME`); nil = the default (or monochrome under `NO_COLOR`).
    public var themeName: String?
    /// Directories holding `*.toml` themes, later ones overriding earlier ones and the built-ins.
    public var themeDirectories: [String]
    /// True when `NO_COLOR` is set: colours are dropped, attributes kept.
    public var noColor: Bool
    /// Skip the unlock screen (the wallet is already open, e.g. the demo unlocked it).
    public var startUnlocked: Bool
    /// A line for the unlock screen and title bar, e.g. "Demo wallet — passphrase: demo".
    public var banner: String?

    public init(
        themeName: String? = nil, themeDirectories: [String] = [], noColor: Bool = false,
        startUnlocked: Bool = false, banner: String? = nil
    ) {
        self.themeName = themeName
        self.themeDirectories = themeDirectories
        self.noColor = noColor
        self.startUnlocked = startUnlocked
        self.banner = banner
    }

    /// Options from the environment: `NO_COLOR` (any non-empty value) and the user theme directory.
    public static func fromEnvironment(_ environment: [String: String], themeName: String? = nil, extraThemeDirectories: [String] = []) -> TUIOptions {
        TUIOptions(
            themeName: themeName,
            themeDirectories: extraThemeDirectories + [ThemeCatalog.userDirectory(environment: environment)],
            noColor: !(environment["NO_COLOR"] ?? "").isEmpty)
    }
}
