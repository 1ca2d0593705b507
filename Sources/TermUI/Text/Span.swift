/// A piece of text in one style.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// One line made of styled spans.
public struct Line: Hashable, Sendable, ExpressibleByStringLiteral {
    public var spans: [Span]

    public init(_ spans: [Span]) { self.spans = spans }
    public init(_ text: String, style: Style = .plain) { self.spans = [Span(text, style: style)] }
    public init(stringLiteral value: String) { self.init(value) }

    /// The plain text of the line.
    public var text: String { spans.map(\.text).joined() }
    public var width: Int { TextWidth.of(text) }
}

extension Screen {
    /// Writes a styled line, spans one after another, clipped to `maxWidth` with an ellipsis.
    @discardableResult
    public mutating func put(_ line: Line, at point: Point, maxWidth: Int) -> Int {
        let truncated = line.width > maxWidth
        var x = point.x
        let end = point.x + maxWidth
        for span in line.spans where x < end {
            x += put(span.text, at: Point(x: x, y: point.y), style: span.style, maxWidth: end - x, ellipsis: truncated)
        }
        return x - point.x
    }
}
