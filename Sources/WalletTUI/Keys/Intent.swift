/// What a key press means, independent of which key it was (the key map decides that).
public enum Intent: String, CaseIterable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case open, back, quit, help, suspend, cycleTheme
    case search, sort, reverseSort, verifiedOnly, issuerFilter, levelFilter, formatFilter, clearFilters
    case group, mark, share, importFiles, stacking
    case toggleRaw, expand, collapse, toggleOption, export, newImport
}

/// Where a key binding applies: one screen, or everywhere.
public enum KeyContext: String, CaseIterable, Sendable {
    case global, list, detail, stacking, share, importer

    /// The context of a route (the unlock screen takes text, so it has no bindings of its own).
    init(_ route: Route) {
        switch route {
        case .unlock, .list: self = .list
        case .detail: self = .detail
        case .stacking: self = .stacking
        case .share: self = .share
        case .importer: self = .importer
        }
    }

    /// The heading used in the help overlay.
    public var title: String {
        switch self {
        case .global: "Everywhere"
        case .list: "Wallet list"
        case .detail: "Credential detail"
        case .stacking: "Stacking"
        case .share: "Share"
        case .importer: "Import"
        }
    }
}
