import TermUI

/// Draws the whole frame for a state: pure, one function per screen under `Screens/`.
public func render(_ state: AppState, keys: KeyMap = .default) -> Screen {
    var screen = Screen(size: state.size, style: state.theme[.base])
    guard state.size.width > 0, state.size.height > 0 else { return screen }
    switch state.route {
    case .unlock: UnlockScreen.render(state, on: &screen)
    case .list: ListScreen.render(state, on: &screen)
    case .detail: DetailScreen.render(state, on: &screen)
    case .stacking: StackingScreen.render(state, on: &screen)
    case .share: ShareScreen.render(state, on: &screen)
    case .importer: ImportScreen.render(state, on: &screen)
    }
    if case .help(let offset) = state.modal {
        HelpOverlay.render(state, keys: keys, offset: offset, on: &screen)
        screen.cursor = nil
    }
    return screen
}

/// The title bar (top row) and status bar (bottom row) every screen shares.
enum Chrome {
    /// Draws both bars and returns the body rectangle between them.
    static func render(
        _ state: AppState, title: String, status: String, hint: String = "? help", on screen: inout Screen
    ) -> Rect {
        let area = screen.area
        let right = state.size.width >= 60 ? (state.banner ?? "") : ""
        StatusBar(left: " " + title, right: right.isEmpty ? "" : right + " ", style: state.theme[.title])
            .render(in: area.row(0), on: &screen)
        let message = state.message.map { " " + $0.text }
        let isError = state.message?.isError ?? false
        let style = isError ? state.theme[.error].merged(over: state.theme[.status]) : state.theme[.status]
        StatusBar(left: message ?? " " + status, right: hint + " ", style: style)
            .render(in: area.row(area.height - 1), on: &screen)
        return Rect(x: 0, y: 1, width: area.width, height: max(0, area.height - 2))
    }
}

extension Style {
    /// This style's foreground and attributes on `other`'s background (for coloured text on a bar).
    func merged(over other: Style) -> Style {
        Style(fg: fg == .default ? other.fg : fg, bg: other.bg, attrs: attrs.union(other.attrs))
    }
}
