import TermUI
import WalletModel

extension ListScreen {
    /// Columns by width: everything at 80 columns, title and workload only at 40.
    static func columns(width: Int) -> [TableColumn] {
        if width < 60 {
            return [TableColumn("", .fixed(2)), TableColumn("Title", .fill), TableColumn("Workload", .fixed(8), alignRight: true)]
        }
        return [
            TableColumn("", .fixed(2)), TableColumn("Title", .fill), TableColumn("Awarding body", .percent(24)),
            TableColumn("Issued", .fixed(10)), TableColumn("Workload", .fixed(8), alignRight: true),
            TableColumn("EQF", .fixed(3), alignRight: true),
        ]
    }

    static func renderTable(_ state: AppState, in area: Rect, on screen: inout Screen) {
        let list = state.list
        let theme = state.theme
        let height = max(0, area.height - 1)
        let visible = Array(list.rows.dropFirst(list.offset).prefix(height))
        let wide = area.width >= 60
        let rows: [[Span]] = visible.map { row in
            switch row {
            case .group(let name, let count): return [Span("", style: theme[.group]), Span("\(name) (\(count))", style: theme[.group])]
            case .item(let index): return cells(list.all[index], marked: list.marked, wide: wide, theme: theme)
            }
        }
        let selected = list.cursor - list.offset
        Table(
            columns: columns(width: area.width), rows: rows, selected: visible.indices.contains(selected) ? selected : nil,
            offset: 0, headerStyle: theme[.header], selectedStyle: theme[.selected]
        ).render(in: area, on: &screen)
        for (offset, row) in visible.enumerated() {
            if case .group(let name, let count) = row {
                let y = area.y + 1 + offset
                screen.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[.base])
                screen.put("▸ \(name) (\(count))", at: Point(x: area.x, y: y), style: theme[.group], maxWidth: area.width)
            }
        }
    }

    static func cells(_ overview: CredentialOverview, marked: Set<CredentialID>, wide: Bool, theme: Theme) -> [Span] {
        let isMarked = marked.contains(overview.id)
        let mark = Span((isMarked ? "●" : " ") + overview.verificationStatus.mark, style: theme[isMarked ? .marked : Formatting.role(for: overview.verificationStatus)])
        let title = Span(overview.title ?? "(title not stated)", style: theme[overview.title == nil ? .notStated : .base])
        let workload = Span(Formatting.workloadCell(overview), style: theme[.base])
        guard wide else { return [mark, title, workload] }
        return [
            mark, title, Span(overview.awardingBody?.name ?? "not stated", style: theme[overview.awardingBody?.name == nil ? .notStated : .dim]),
            Span(Formatting.day(overview.issued), style: theme[.base]), workload,
            Span(overview.eqfLevel.map(String.init) ?? "", style: theme[.base]),
        ]
    }
}
