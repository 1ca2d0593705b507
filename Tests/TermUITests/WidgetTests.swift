import Testing
import TermUI

@Suite struct WidgetTests {
    @Test("a table aligns columns by display width with wide and accented text")
    func tableAlignment() {
        var screen = Screen(size: Size(width: 20, height: 4))
        let table = Table(
            columns: [TableColumn("Title", .fill), TableColumn("ECTS", .fixed(4), alignRight: true)],
            rows: [[Span("東京大学の講義"), Span("5")], [Span("Łódź é"), Span("10")]],
            selected: 1, offset: 0, headerStyle: Style(attrs: .bold), selectedStyle: Style(attrs: .reverse))
        table.render(in: screen.area, on: &screen)
        #expect(screen.textLines == ["Title           ECTS", "東京大学の講義     5", "Łódź é            10", ""])
        #expect(screen.styleRuns.map(\.description) == ["y0 x0-19 bold", "y2 x0-19 reverse"])
    }

    @Test("a block draws a border with its title and leaves the inside blank")
    func block() {
        var screen = Screen(size: Size(width: 10, height: 3))
        Block(title: "Keys").render(in: screen.area, on: &screen)
        #expect(screen.textLines == ["┌ Keys ──┐", "│        │", "└────────┘"])
    }

    @Test("a progress bar fills in proportion and shows its label")
    func progress() {
        var screen = Screen(size: Size(width: 12, height: 1))
        ProgressBar(ratio: 0.5, label: "1/2").render(in: screen.area, on: &screen)
        #expect(screen.textLines == ["████░░░░ 1/2"])
    }

    @Test("a secret prompt shows bullets and puts the cursor after them")
    func secretPrompt() {
        var screen = Screen(size: Size(width: 20, height: 1))
        let prompt = Prompt(label: "Pass: ", input: "demo", secret: true)
        prompt.render(in: screen.area, on: &screen)
        #expect(screen.textLines == ["Pass: ••••"])
        #expect(prompt.cursor(in: screen.area) == Point(x: 10, y: 0))
    }

    @Test("a status bar keeps the right text and truncates the left")
    func statusBar() {
        var screen = Screen(size: Size(width: 16, height: 1))
        StatusBar(left: "12 credentials · 40 ECTS", right: "? help", style: .plain).render(in: screen.area, on: &screen)
        #expect(screen.textLines == ["12 crede… ? help"])
    }

    @Test("list scrolling keeps the selection in view")
    func scrolling() {
        #expect(ListView.scrollOffset(selected: 12, current: 0, height: 10) == 3)
        #expect(ListView.scrollOffset(selected: 2, current: 5, height: 10) == 2)
        #expect(ListView.scrollOffset(selected: 6, current: 5, height: 10) == 5)
    }
}
