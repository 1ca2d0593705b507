/// A column of a `Table`: a header and a width constraint.
public struct TableColumn: Sendable {
    public var header: String
    public var constraint: Constraint
    public var alignRight: Bool

    public init(_ header: String, _ constraint: Constraint, alignRight: Bool = false) {
        self.header = header
        self.constraint = constraint
        self.alignRight = alignRight
    }
}

/// Rows of cells in aligned columns with a header row; wide text is truncated per column.
///
/// The table renders only the rows in view, so 10,000 rows cost the same as 20.
public struct Table: Widget, Sendable {
    public var columns: [TableColumn]
    public var rows: [[Span]]
    public var selected: Int?
    public var offset: Int
    public var headerStyle: Style
    public var selectedStyle: Style

    public init(
        columns: [TableColumn], rows: [[Span]], selected: Int?, offset: Int, headerStyle: Style, selectedStyle: Style
    ) {
        self.columns = columns
        self.rows = rows
        self.selected = selected
        self.offset = offset
        self.headerStyle = headerStyle
        self.selectedStyle = selectedStyle
    }

    /// The x position and width of every column inside `area` (one space between columns).
    public func columnRects(in area: Rect) -> [Rect] {
        let gaps = max(0, columns.count - 1)
        let inner = Rect(x: area.x, y: area.y, width: area.width - gaps, height: area.height)
        let rects = Layout(.horizontal, columns.map(\.constraint)).split(inner)
        return rects.enumerated().map { index, rect in
            Rect(x: rect.x + index, y: rect.y, width: rect.width, height: rect.height)
        }
    }

    public func render(in area: Rect, on screen: inout Screen) {
        guard area.height > 0 else { return }
        let rects = columnRects(in: area)
        screen.fill(area.row(0), style: headerStyle)
        for (column, rect) in zip(columns, rects) {
            screen.put(TextTruncation.fit(column.header, to: rect.width, alignRight: column.alignRight),
                       at: Point(x: rect.x, y: area.y), style: headerStyle, maxWidth: rect.width)
        }
        for (row, cells) in rows.enumerated().dropFirst(offset).prefix(area.height - 1) {
            let y = area.y + 1 + row - offset
            for (index, rect) in rects.enumerated() where index < cells.count {
                let text = TextTruncation.fit(cells[index].text, to: rect.width, alignRight: columns[index].alignRight)
                screen.put(text, at: Point(x: rect.x, y: y), style: cells[index].style, maxWidth: rect.width)
            }
            if row == selected { screen.restyle(area.row(1 + row - offset)) { _ in selectedStyle } }
        }
    }
}
