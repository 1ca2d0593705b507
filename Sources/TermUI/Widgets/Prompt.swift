/// A one-line text field: a label, the input (or bullets when secret), and where the cursor goes.
public struct Prompt: Widget, Sendable {
    public var label: String
    public var input: String
    public var secret: Bool
    public var style: Style
    public var inputStyle: Style

    public init(label: String, input: String, secret: Bool = false, style: Style = .plain, inputStyle: Style = .plain) {
        self.label = label
        self.input = input
        self.secret = secret
        self.style = style
        self.inputStyle = inputStyle
    }

    /// What is shown for the input: the text scrolled so its end stays visible, or bullets.
    func visibleInput(width: Int) -> String {
        let shown = secret ? String(repeating: "•", count: min(input.count, 32)) : input
        guard TextWidth.of(shown) >= width else { return shown }
        var tail = ""
        for character in shown.reversed() {
            if TextWidth.of(tail) + TextWidth.of(character) >= width { break }
            tail.insert(character, at: tail.startIndex)
        }
        return tail
    }

    /// The cursor position after the input, for the terminal to show.
    public func cursor(in area: Rect) -> Point {
        let labelWidth = min(TextWidth.of(label), area.width)
        let inputWidth = TextWidth.of(visibleInput(width: area.width - labelWidth))
        return Point(x: min(area.x + labelWidth + inputWidth, area.maxX - 1), y: area.y)
    }

    public func render(in area: Rect, on screen: inout Screen) {
        guard area.height > 0 else { return }
        let labelWidth = screen.put(label, at: Point(x: area.x, y: area.y), style: style, maxWidth: area.width)
        let shown = visibleInput(width: area.width - labelWidth)
        screen.put(shown, at: Point(x: area.x + labelWidth, y: area.y), style: inputStyle, maxWidth: area.width - labelWidth)
    }
}
