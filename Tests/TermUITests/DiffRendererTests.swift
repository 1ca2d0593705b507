import Testing
import TermUI

@Suite struct DiffRendererTests {
    @Test("the first frame paints every cell; an identical frame paints nothing")
    func firstAndIdentical() {
        var renderer = DiffRenderer()
        var screen = Screen(size: Size(width: 4, height: 2))
        screen.put("hi", at: Point(x: 0, y: 0))
        #expect(renderer.changes(to: screen).count == 8)
        #expect(renderer.changes(to: screen).isEmpty)
    }

    @Test("only changed cells are sent, and wide tails are never sent")
    func onlyChanges() {
        var renderer = DiffRenderer()
        var screen = Screen(size: Size(width: 4, height: 1))
        _ = renderer.changes(to: screen)
        screen.put("東", at: Point(x: 1, y: 0))
        let changes = renderer.changes(to: screen)
        #expect(changes == [CellChange(point: Point(x: 1, y: 0), cell: Cell(symbol: "東"))])
    }

    @Test("a size change or invalidate repaints everything")
    func repaint() {
        var renderer = DiffRenderer()
        _ = renderer.changes(to: Screen(size: Size(width: 2, height: 1)))
        #expect(renderer.changes(to: Screen(size: Size(width: 3, height: 1))).count == 3)
        renderer.invalidate()
        #expect(renderer.changes(to: Screen(size: Size(width: 3, height: 1))).count == 3)
    }

    @Test("a headless terminal applying the diffs ends up showing the frame")
    func headlessMirrors() throws {
        let terminal = HeadlessTerminal(size: Size(width: 6, height: 1))
        var renderer = DiffRenderer()
        var screen = Screen(size: terminal.size)
        screen.put("東京ab", at: Point(x: 0, y: 0))
        try terminal.apply(renderer.changes(to: screen), cursor: nil)
        #expect(terminal.screen.textLines == ["東京ab"])
        #expect(terminal.screen == screen)
    }
}
