/// A frame as a value: a grid of cells that widgets draw into and renderers diff (ratatui's `Buffer`).
///
/// Screens are pure data, so every screen of the app is tested by comparing `textLines` and
/// `styleRuns` without a terminal.
public struct Screen: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal should show its cursor (a text field), or nil to hide it.
    public var cursor: Point?

    /// A blank screen of `size`, every cell a space in `style`.
    public init(size: Size, style: Style = .plain) {
        self.size = size
        self.cells = Array(repeating: Cell.blank(style), count: size.width * size.height)
    }

    public var area: Rect { Rect(size: size) }

    /// The cell at a position; reads outside the screen return a blank cell, writes are ignored.
    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x, y) ? cells[y * size.width + x] : Cell.blank() }
        set { if contains(x, y) { cells[y * size.width + x] = newValue } }
    }

    func contains(_ x: Int, _ y: Int) -> Bool { x >= 0 && y >= 0 && x < size.width && y < size.height }

    /// Writes one line of text at `point`, clipped to `maxWidth` columns and the screen edge.
    ///
    /// With `ellipsis` (the default) text that does not fit ends in `…`. Wide characters take two
    /// cells and are never split: one that would straddle the edge leaves a space instead.
    /// Control characters are dropped and tabs become spaces.
    /// - Returns: the number of columns written.
    @discardableResult
    public mutating func put(
        _ text: String, at point: Point, style: Style = .plain, maxWidth: Int = .max, ellipsis: Bool = true
    ) -> Int {
        guard point.y >= 0, point.y < size.height else { return 0 }
        let start = max(point.x, 0)
        let limit = maxWidth >= size.width - point.x ? size.width : point.x + max(0, maxWidth)
        guard start < limit else { return 0 }
        let budget = limit - point.x
        let shown = ellipsis ? TextTruncation.truncate(text, to: budget) : text
        var x = point.x
        for character in shown {
            let glyph: Character = character == "\t" ? " " : character
            let width = TextWidth.of(glyph)
            if width == 0 { continue }
            if x + width > limit {
                if x < limit { setCell(x, point.y, Cell(symbol: " ", style: style)) }
                x = limit
                break
            }
            if x >= 0 { setGlyph(String(glyph), width: width, x: x, y: point.y, style: style) }
            x += width
        }
        return max(0, x - start)
    }

    /// Fills a rectangle with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: Style) {
        let clipped = rect.intersection(area)
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX { cells[y * size.width + x] = Cell.blank(style) }
        }
    }

    /// Changes the style of every cell in `rect`, keeping the symbols (used for highlights).
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let clipped = rect.intersection(area)
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                cells[y * size.width + x].style = transform(cells[y * size.width + x].style)
            }
        }
    }

    private mutating func setGlyph(_ symbol: String, width: Int, x: Int, y: Int, style: Style) {
        setCell(x, y, Cell(symbol: symbol, style: style))
        if width == 2 { setCell(x + 1, y, Cell(symbol: "", style: style, isWideTail: true)) }
    }

    /// Sets a cell and repairs a wide glyph it cuts in half, so the grid never holds half a glyph.
    private mutating func setCell(_ x: Int, _ y: Int, _ cell: Cell) {
        guard contains(x, y) else { return }
        let index = y * size.width + x
        if cells[index].isWideTail, x > 0, !cell.isWideTail {
            cells[index - 1] = Cell.blank(cells[index - 1].style)
        }
        if x + 1 < size.width, cells[index + 1].isWideTail, !cell.isWideTail {
            cells[index + 1] = Cell.blank(cells[index + 1].style)
        }
        cells[index] = cell
    }
}
