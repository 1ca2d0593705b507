/// A horizontal stretch of cells on one row sharing a style (snapshot tests assert these).
public struct StyleRun: Hashable, Sendable, CustomStringConvertible {
    public var y: Int
    public var x: ClosedRange<Int>
    public var style: Style

    public init(y: Int, x: ClosedRange<Int>, style: Style) {
        self.y = y
        self.x = x
        self.style = style
    }

    public var description: String { "y\(y) x\(x.lowerBound)-\(x.upperBound) \(style)" }
}

extension Screen {
    /// Each row as text, trailing spaces removed (wide tails contribute nothing).
    public var textLines: [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width where !cells[y * size.width + x].isWideTail {
                line += cells[y * size.width + x].symbol
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// Runs of equal non-plain style, row by row: failures read like a screenshot (ratatui's `Debug`).
    public var styleRuns: [StyleRun] {
        var runs: [StyleRun] = []
        for y in 0..<size.height {
            var start = 0
            for x in 1...max(1, size.width) {
                let ended = x == size.width || cells[y * size.width + x].style != cells[y * size.width + start].style
                guard ended else { continue }
                let style = cells[y * size.width + start].style
                if style != .plain { runs.append(StyleRun(y: y, x: start...(x - 1), style: style)) }
                start = x
            }
        }
        return runs
    }

    /// Text lines, a separator, then style runs: the golden format for screen snapshots.
    public var snapshot: String {
        let border = "+" + String(repeating: "-", count: size.width) + "+"
        var out = ["size \(size)", border]
        out += textLines.map { "|" + $0 }
        out.append(border)
        out += styleRuns.map(\.description)
        return out.joined(separator: "\n") + "\n"
    }
}
