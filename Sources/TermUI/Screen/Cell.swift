/// One terminal cell: the grapheme shown there and its style.
///
/// A wide grapheme (CJK, some emoji) occupies two cells: the first holds the symbol, the second
/// is a *tail* with an empty symbol so renderers skip it (ratatui marks such cells the same way).
public struct Cell: Hashable, Sendable {
    public var symbol: String
    public var style: Style
    public var isWideTail: Bool

    public init(symbol: String = " ", style: Style = .plain, isWideTail: Bool = false) {
        self.symbol = symbol
        self.style = style
        self.isWideTail = isWideTail
    }

    /// A blank cell in `style`.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(symbol: " ", style: style) }
}
