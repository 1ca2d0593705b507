import TermUI
import WalletModel

/// One credential: every EU standard element in labelled sections, or its raw source.
enum DetailScreen {
    static func render(_ state: AppState, on screen: inout Screen) {
        guard let detail = state.detail else { return }
        let title = detail.credential?.record.title ?? "Credential \(detail.id.short)"
        let mode = detail.showRaw ? "raw source" : "standard elements"
        let height = max(0, state.size.height - 2)
        let lines = content(detail, theme: state.theme, width: state.size.width - 2)
        let offset = min(detail.offset, max(0, lines.count - height))
        let position = lines.count > height ? " · \(min(100, (offset + height) * 100 / max(1, lines.count)))%" : ""
        let body = Chrome.render(state, title: title, status: "\(mode)\(position) · r toggles · esc back", on: &screen)
        Paragraph(lines, offset: offset, wrap: false).render(in: body.inset(dx: 1, dy: 0), on: &screen)
    }

    /// The lines of the detail view at `width` (already wrapped, so scrolling counts real rows).
    static func content(_ detail: DetailState, theme: Theme, width: Int) -> [Line] {
        if let error = detail.error { return [Line("Could not open this credential: \(error)", style: theme[.error])] }
        guard let credential = detail.credential else { return [Line("Loading…", style: theme[.dim])] }
        if detail.showRaw { return RawSource.lines(credential, theme: theme, width: width) }
        var builder = DetailBuilder(theme: theme, width: width)
        builder.add(credential)
        return builder.lines
    }
}

/// Accumulates labelled, wrapped lines for the detail view.
struct DetailBuilder {
    let theme: Theme
    let width: Int
    var lines: [Line] = []

    /// Label column width: a fixed column when wide, labels on their own line when narrow.
    var labelWidth: Int { width >= 60 ? 24 : 0 }

    mutating func section(_ title: String) {
        if !lines.isEmpty { lines.append(Line("")) }
        lines.append(Line(title, style: theme[.header]))
    }

    /// A labelled value; nil shows "not stated" (in the not-stated style) when `mandatory`.
    mutating func field(_ label: String, _ value: String?, mandatory: Bool = false, role: ThemeRole = .base) {
        guard let value, !value.isEmpty else {
            if mandatory { field(label, "not stated", role: .notStated) }
            return
        }
        if labelWidth == 0 {
            lines.append(Line(label, style: theme[.label]))
            for row in TextWrap.wrap(value, width: max(1, width - 2)) { lines.append(Line([Span("  "), Span(row, style: theme[role])])) }
            return
        }
        let rows = TextWrap.wrap(value, width: max(1, width - labelWidth))
        for (index, row) in rows.enumerated() {
            let labelText = index == 0 ? TextTruncation.fit(label, to: labelWidth - 1) + " " : String(repeating: " ", count: labelWidth)
            lines.append(Line([Span(labelText, style: theme[.label]), Span(row, style: theme[role])]))
        }
    }

    /// A bullet paragraph, wrapped with a hanging indent.
    mutating func bullet(_ text: String, marker: String = "•", role: ThemeRole = .base, indent: Int = 0) {
        let pad = String(repeating: " ", count: indent)
        let rows = TextWrap.wrap(text, width: max(1, width - indent - 2))
        for (index, row) in rows.enumerated() {
            lines.append(Line([Span(pad + (index == 0 ? marker + " " : "  "), style: theme[role]), Span(row, style: theme[role])]))
        }
    }
}
