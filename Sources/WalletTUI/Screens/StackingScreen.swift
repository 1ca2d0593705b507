import TermUI

/// Pathways with progress bars; open a node to see which credential counts where and what is missing.
enum StackingScreen {
    static func render(_ state: AppState, on screen: inout Screen) {
        let body = Chrome.render(state, title: "Stacking", status: "enter opens · h closes · esc back", on: &screen)
        let theme = state.theme
        if let error = state.stacking.error {
            Paragraph([Line("Could not compute stacking: \(error)", style: theme[.error])]).render(in: body.inset(dx: 1, dy: 1), on: &screen)
            return
        }
        let rows = StackingTree.rows(state.stacking, overviews: state.list.all)
        if rows.isEmpty {
            let text = state.stacking.loaded ? "No pathway is defined yet." : "Computing…"
            Paragraph([Line(text, style: theme[.dim])]).render(in: body.inset(dx: 1, dy: 1), on: &screen)
            return
        }
        for (index, row) in rows.enumerated().dropFirst(state.stacking.offset).prefix(body.height) {
            let area = body.row(index - state.stacking.offset)
            draw(row, in: area, theme: theme, on: &screen)
            if index == state.stacking.cursor { screen.restyle(area) { _ in theme[.selected] } }
        }
    }

    static func draw(_ row: StackingRow, in area: Rect, theme: Theme, on screen: inout Screen) {
        let indent = 1 + row.depth * 2
        let x = area.x + indent
        let width = area.width - indent
        let toggle = row.expandable ? (row.isExpanded ? "▾ " : "▸ ") : "  "
        switch row.kind {
        case .pathway(let pathway):
            // A pathway without a credit floor (a course, a micro-learning unit) has no "of N ECTS".
            let credit = pathway.requiredECTS > 0
                ? "\(Formatting.number(pathway.countedECTS))/\(Formatting.number(pathway.requiredECTS)) ECTS"
                : "\(Formatting.number(pathway.countedECTS)) ECTS"
            let measure = "\(credit) · \(pathway.requirementsMet)/\(pathway.requirementsTotal) req."
            let titleWidth = width >= 60 ? width / 2 : width - 14
            let used = screen.put(toggle + pathway.title, at: Point(x: x, y: area.y), style: theme[.accent], maxWidth: titleWidth)
            let barX = x + max(used, titleWidth) + 1
            let bar = ProgressBar(ratio: pathway.ratio, label: width >= 60 ? measure : "\(Int(pathway.ratio * 100))%", filled: theme[.progress], empty: theme[.progressEmpty])
            bar.render(in: Rect(x: barX, y: area.y, width: area.maxX - barX, height: 1), on: &screen)
        case .requirement(let requirement):
            let mark = requirement.met ? "✓" : "○"
            let text = toggle + mark + " " + requirement.title + (requirement.detail.map { " — " + $0 } ?? "")
            screen.put(text, at: Point(x: x, y: area.y), style: theme[requirement.met ? .verified : .base], maxWidth: width)
        case .counts(let title):
            screen.put("  counts: " + title, at: Point(x: x, y: area.y), style: theme[.base], maxWidth: width)
        case .notCounted(let title, let reason):
            screen.put("  ✗ " + title + " — " + reason, at: Point(x: x, y: area.y), style: theme[.warning], maxWidth: width)
        case .missing(let text):
            screen.put("  missing: " + text, at: Point(x: x, y: area.y), style: theme[.notStated], maxWidth: width)
        }
    }
}
