/// A scrolling list of lines with one highlighted row.
public struct ListView: Widget, Sendable {
    public var items: [Line]
    public var selected: Int?
    public var offset: Int
    public var selectedStyle: Style

    public init(items: [Line], selected: Int?, offset: Int = 0, selectedStyle: Style) {
        self.items = items
        self.selected = selected
        self.offset = offset
        self.selectedStyle = selectedStyle
    }

    /// The scroll offset that keeps `selected` visible in `height` rows, starting from `current`.
    public static func scrollOffset(selected: Int, current: Int, height: Int) -> Int {
        guard height > 0 else { return 0 }
        if selected < current { return selected }
        if selected >= current + height { return selected - height + 1 }
        return max(0, current)
    }

    public func render(in area: Rect, on screen: inout Screen) {
        for (index, item) in items.enumerated().dropFirst(offset).prefix(area.height) {
            let y = area.y + index - offset
            screen.put(item, at: Point(x: area.x, y: y), maxWidth: area.width)
            if index == selected { screen.restyle(area.row(index - offset)) { _ in selectedStyle } }
        }
    }
}
