/// A horizontal bar filled in proportion to `ratio` (0...1), optionally followed by a label.
public struct ProgressBar: Widget, Sendable {
    public var ratio: Double
    public var label: String
    public var filled: Style
    public var empty: Style

    public init(ratio: Double, label: String = "", filled: Style = Style(attrs: .reverse), empty: Style = .plain) {
        self.ratio = ratio.isFinite ? min(1, max(0, ratio)) : 0
        self.label = label
        self.filled = filled
        self.empty = empty
    }

    public func render(in area: Rect, on screen: inout Screen) {
        guard area.height > 0, area.width > 0 else { return }
        let labelWidth = label.isEmpty ? 0 : min(TextWidth.of(label) + 1, area.width * 2 / 3)
        let barWidth = area.width - labelWidth
        let full = Int((Double(barWidth) * ratio).rounded(.down))
        screen.put(String(repeating: "█", count: full), at: Point(x: area.x, y: area.y), style: filled, ellipsis: false)
        screen.put(
            String(repeating: "░", count: barWidth - full), at: Point(x: area.x + full, y: area.y), style: empty,
            ellipsis: false)
        if labelWidth > 0 {
            screen.put(label, at: Point(x: area.x + barWidth + 1, y: area.y), style: empty, maxWidth: labelWidth - 1)
        }
    }
}
