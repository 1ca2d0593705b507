/// A bordered box drawn over whatever is below it, centred, with lines of content.
public struct Dialog: Widget, Sendable {
    public var title: String
    public var lines: [Line]
    public var style: Style
    public var titleStyle: Style
    public var offset: Int

    public init(title: String, lines: [Line], style: Style, titleStyle: Style, offset: Int = 0) {
        self.title = title
        self.lines = lines
        self.style = style
        self.titleStyle = titleStyle
        self.offset = offset
    }

    /// The rectangle the dialog takes inside `area`: as large as its content, within a margin.
    public func frame(in area: Rect) -> Rect {
        let contentWidth = max(TextWidth.of(title) + 4, lines.map(\.width).max() ?? 0)
        let margin = area.width >= 60 ? 4 : 0
        return area.centered(width: min(contentWidth + 4, area.width - margin), height: min(lines.count + 2, area.height))
    }

    public func render(in area: Rect, on screen: inout Screen) {
        let box = frame(in: area)
        let block = Block(title: title, style: style, titleStyle: titleStyle)
        block.render(in: box, on: &screen)
        let inner = box.inset(dx: 2, dy: 1)
        Paragraph(lines, offset: offset, wrap: false).render(in: inner, on: &screen)
    }
}
