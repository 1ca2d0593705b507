import TermUI

/// A colour theme: a style for every `ThemeRole`.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [ThemeRole: Style]

    public init(name: String, styles: [ThemeRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style of a role; a role the theme leaves out falls back to `base`.
    public subscript(role: ThemeRole) -> Style {
        styles[role] ?? styles[.base] ?? .plain
    }

    /// The same theme with every colour removed (attributes kept), for `NO_COLOR`.
    public var withoutColor: Theme {
        Theme(name: name, styles: styles.mapValues { Style(attrs: $0.attrs) })
    }

    /// Used only if the embedded default could not be parsed (a test guards that it can).
    static let fallback = Theme(
        name: "fallback",
        styles: [
            .title: Style(attrs: [.bold, .reverse]), .header: Style(attrs: .bold),
            .selected: Style(attrs: .reverse), .status: Style(attrs: .reverse), .dim: Style(attrs: .dim),
            .error: Style(attrs: .bold), .marked: Style(attrs: .bold), .notStated: Style(attrs: .dim),
        ])
}
