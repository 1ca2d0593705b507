/// Lines of text, word-wrapped to the area and scrolled by `offset` rows.
public struct Paragraph: Widget, Sendable {
    public var lines: [Line]
    public var offset: Int
    public var wrap: Bool

    public init(_ lines: [Line], offset: Int = 0, wrap: Bool = true) {
        self.lines = lines
        self.offset = offset
        self.wrap = wrap
    }

    /// The rows the paragraph occupies at `width` (after wrapping).
    public func layoutRows(width: Int) -> [Line] {
        guard wrap else { return lines }
        return lines.flatMap { line -> [Line] in
            guard line.width > width, line.spans.count == 1, let span = line.spans.first else { return [line] }
            return TextWrap.wrap(span.text, width: width).map { Line($0, style: span.style) }
        }
    }

    public func render(in area: Rect, on screen: inout Screen) {
        let rows = layoutRows(width: area.width)
        for (row, line) in rows.dropFirst(max(0, offset)).prefix(area.height).enumerated() {
            screen.put(line, at: Point(x: area.x, y: area.y + row), maxWidth: area.width)
        }
    }
}
