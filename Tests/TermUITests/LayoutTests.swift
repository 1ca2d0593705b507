import Testing
import TermUI

@Suite struct LayoutTests {
    /// Draws rectangles as labelled boxes of letters, so a failure reads like a picture.
    func picture(_ rects: [Rect], size: Size) -> [String] {
        var screen = Screen(size: size)
        for (index, rect) in rects.enumerated() {
            let letter = String(UnicodeScalar(UInt8(65 + index)))
            for y in rect.y..<rect.maxY {
                screen.put(String(repeating: letter, count: rect.width), at: Point(x: rect.x, y: y), ellipsis: false)
            }
        }
        return screen.textLines
    }

    @Test("title, body and status bars tile the screen vertically")
    func verticalBars() {
        let area = Rect(x: 0, y: 0, width: 6, height: 5)
        let rects = Layout(.vertical, [.fixed(1), .fill, .fixed(1)]).split(area)
        #expect(picture(rects, size: Size(width: 6, height: 5)) == ["AAAAAA", "BBBBBB", "BBBBBB", "BBBBBB", "CCCCCC"])
    }

    @Test("fixed columns get their width first; fill columns share the rest")
    func horizontal() {
        let rects = Layout(.horizontal, [.fixed(2), .fill, .percent(25), .fill]).split(Rect(x: 0, y: 0, width: 12, height: 1))
        #expect(picture(rects, size: Size(width: 12, height: 1)) == ["AABBBBCCCDDD"])
    }

    @Test("when space runs out, earlier fixed slots win and later ones shrink to zero")
    func tooSmall() {
        let sizes = Layout(.vertical, [.fixed(3), .fixed(3), .fill]).split(Rect(x: 0, y: 0, width: 1, height: 4)).map(\.height)
        #expect(sizes == [3, 1, 0])
    }

    @Test("centered rectangles stay inside their parent")
    func centered() {
        let rect = Rect(x: 0, y: 0, width: 40, height: 12).centered(width: 60, height: 9)
        #expect(rect == Rect(x: 0, y: 1, width: 40, height: 9))
    }
}
