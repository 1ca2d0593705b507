import Testing
import TermUI

@Suite struct ScreenTests {
    @Test("put writes text, clips at the edge with an ellipsis, and reports the width used")
    func putClips() {
        var screen = Screen(size: Size(width: 10, height: 2))
        let used = screen.put("Hello, wallet", at: Point(x: 2, y: 0))
        #expect(used == 8)
        #expect(screen.textLines == ["  Hello, …", ""])
    }

    @Test("a wide glyph takes two cells, the second a tail, and text after it stays aligned")
    func wideCells() {
        var screen = Screen(size: Size(width: 8, height: 1))
        screen.put("東a", at: Point(x: 0, y: 0))
        #expect(screen[0, 0].symbol == "東")
        #expect(screen[1, 0].isWideTail)
        #expect(screen[2, 0].symbol == "a")
        #expect(screen.textLines == ["東a"])
    }

    @Test("a wide glyph that would straddle the edge leaves a space instead of half a glyph")
    func wideAtEdge() {
        var screen = Screen(size: Size(width: 3, height: 1))
        screen.put("a東", at: Point(x: 1, y: 0), ellipsis: false)
        #expect(screen.textLines == [" a"])
        #expect(!screen.cells.contains { $0.isWideTail })
    }

    @Test("overwriting half of a wide glyph blanks the other half")
    func overwriteWide() {
        var screen = Screen(size: Size(width: 4, height: 1))
        screen.put("東京", at: Point(x: 0, y: 0))
        screen.put("x", at: Point(x: 1, y: 0))
        #expect(screen.textLines == [" x京"])
        #expect(!screen[1, 0].isWideTail)
    }

    @Test("style runs cover only styled stretches, row by row")
    func styleRuns() {
        var screen = Screen(size: Size(width: 6, height: 2))
        let bold = Style(attrs: .bold)
        screen.put("ab", at: Point(x: 1, y: 1), style: bold)
        #expect(screen.styleRuns == [StyleRun(y: 1, x: 1...2, style: bold)])
        #expect(screen.styleRuns.map(\.description) == ["y1 x1-2 bold"])
    }

    @Test("writes outside the screen are ignored")
    func outside() {
        var screen = Screen(size: Size(width: 3, height: 1))
        #expect(screen.put("x", at: Point(x: 0, y: 5)) == 0)
        screen[9, 9] = Cell(symbol: "z")
        #expect(screen.textLines == [""])
    }
}
