/// A box with a single-line border and an optional title in the top edge.
public struct Block: Widget, Sendable {
    public var title: String?
    public var style: Style
    public var titleStyle: Style

    public init(title: String? = nil, style: Style = .plain, titleStyle: Style? = nil) {
        self.title = title
        self.style = style
        self.titleStyle = titleStyle ?? style
    }

    /// The area inside the border.
    public func inner(_ area: Rect) -> Rect { area.inset(dx: 1, dy: 1) }

    public func render(in area: Rect, on screen: inout Screen) {
        guard area.width >= 2, area.height >= 2 else { return }
        screen.fill(area, style: style)
        let horizontal = String(repeating: "─", count: area.width - 2)
        screen.put("┌" + horizontal + "┐", at: Point(x: area.x, y: area.y), style: style, ellipsis: false)
        screen.put("└" + horizontal + "┘", at: Point(x: area.x, y: area.maxY - 1), style: style, ellipsis: false)
        for y in (area.y + 1)..<(area.maxY - 1) {
            screen.put("│", at: Point(x: area.x, y: y), style: style)
            screen.put("│", at: Point(x: area.maxX - 1, y: y), style: style)
        }
        if let title, area.width > 4 {
            screen.put(" \(title) ", at: Point(x: area.x + 1, y: area.y), style: titleStyle, maxWidth: area.width - 2)
        }
    }
}
