import TermUI
import WalletModel

/// The screen the user is on.
public enum Route: Equatable, Sendable {
    case unlock, list, detail, stacking, share, importer
}

/// Something drawn over the current screen.
public enum Modal: Equatable, Sendable {
    /// The key help, scrolled by `offset` rows.
    case help(offset: Int)
}

/// The whole state of the terminal UI: one value, changed only by `update`.
public struct AppState: Equatable, Sendable {
    public var route: Route
    public var size: Size
    public var theme: Theme
    public var themes: [Theme]
    /// A line shown on the unlock screen and in the title bar (the demo shows its passphrase here).
    public var banner: String?
    /// A one-off message for the status bar (an error, a disabled key's reason, "exported to …").
    public var message: StatusMessage?
    public var modal: Modal?
    public var unlock: UnlockState
    public var list: ListState
    public var detail: DetailState?
    public var stacking: StackingState
    public var share: ShareState
    public var importer: ImportState
    public var isQuitting: Bool

    public init(size: Size, theme: Theme = ThemeCatalog.builtin.defaultTheme, themes: [Theme] = ThemeCatalog.builtin.themes, banner: String? = nil, unlocked: Bool = false) {
        self.route = unlocked ? .list : .unlock
        self.size = size
        self.theme = theme
        self.themes = themes
        self.banner = banner
        self.message = nil
        self.modal = nil
        self.unlock = UnlockState()
        self.list = ListState()
        self.detail = nil
        self.stacking = StackingState()
        self.share = ShareState()
        self.importer = ImportState()
        self.isQuitting = false
    }

    /// Rows available for a screen's body: the screen minus the title and status bars.
    public var bodyHeight: Int { max(0, size.height - 2) }
}

/// The passphrase being typed (kept only until it is submitted) and the last error.
public struct UnlockState: Equatable, Sendable {
    public var input: String = ""
    public var error: String?
    public var busy = false
    public var attempts = 0

    public init(input: String = "", error: String? = nil, busy: Bool = false, attempts: Int = 0) {
        self.input = input
        self.error = error
        self.busy = busy
        self.attempts = attempts
    }
}

/// The credential on the detail screen.
public struct DetailState: Equatable, Sendable {
    public var id: CredentialID
    public var credential: Credential?
    public var error: String?
    public var showRaw = false
    public var offset = 0

    public init(id: CredentialID) { self.id = id }
}

/// The stacking screen: pathways and which tree nodes are open.
public struct StackingState: Equatable, Sendable {
    public var pathways: [PathwayProgress] = []
    public var loaded = false
    public var error: String?
    public var cursor = 0
    public var offset = 0
    /// Node paths that are expanded, e.g. "0" (a pathway) or "0/2" (its third requirement).
    public var expanded: Set<String> = []
}

/// The share screen: options and the outcome of the last export.
public struct ShareState: Equatable, Sendable {
    public var options = ExportOptions()
    public var cursor = 0
    public var exporting = false
    public var resultPath: String?
    public var error: String?
}

/// The import screen: the path prompt, then per-file progress and results.
public struct ImportState: Equatable, Sendable {
    public enum Phase: Equatable, Sendable { case editing, scanning, running, finished }

    public var phase: Phase = .editing
    public var input = ""
    public var completions: [String] = []
    public var queue: [String] = []
    public var total = 0
    public var results: [ImportFileResult] = []
    public var offset = 0

    /// Files handled so far.
    public var done: Int { results.count }
}
