/// A one-row bar with text on the left and text on the right (the right side wins when short of space).
public struct StatusBar: Widget, Sendable {
    public var left: String
    public var right: String
    public var style: Style

    public init(left: String, right: String = "", style: Style) {
        self.left = left
        self.right = right
        self.style = style
    }

    public func render(in area: Rect, on screen: inout Screen) {
        guard area.height > 0 else { return }
        let row = area.row(0)
        screen.fill(row, style: style)
        let rightWidth = min(TextWidth.of(right), max(0, row.width - 1))
        if rightWidth > 0 {
            screen.put(right, at: Point(x: row.maxX - rightWidth, y: row.y), style: style, maxWidth: rightWidth)
        }
        let leftBudget = row.width - rightWidth - (rightWidth > 0 ? 1 : 0)
        screen.put(left, at: Point(x: row.x, y: row.y), style: style, maxWidth: leftBudget)
    }
}
