import TermUI

/// The path prompt (tab completes), then a progress bar and one line per file.
enum ImportScreen {
    static func render(_ state: AppState, on screen: inout Screen) {
        let theme = state.theme
        let importer = state.importer
        let status = importer.phase == .editing ? "tab completes · enter imports · esc back" : "enter imports more · esc back"
        let body = Chrome.render(state, title: "Import credentials", status: status, on: &screen)
        guard body.height > 0 else { return }
        let prompt = Prompt(label: "Path: ", input: importer.input, style: theme[.label], inputStyle: theme[.input])
        let promptArea = Rect(x: body.x + 1, y: body.y, width: body.width - 2, height: 1)
        prompt.render(in: promptArea, on: &screen)
        if importer.phase == .editing {
            screen.cursor = prompt.cursor(in: promptArea)
            let rows = Rect(x: body.x + 3, y: body.y + 1, width: body.width - 4, height: body.height - 1)
            Paragraph(importer.completions.map { Line($0, style: theme[.dim]) }, wrap: false).render(in: rows, on: &screen)
            return
        }
        let ratio = importer.total > 0 ? Double(importer.done) / Double(importer.total) : 0
        let label = importer.phase == .scanning ? "scanning…" : "\(importer.done)/\(importer.total) files"
        ProgressBar(ratio: ratio, label: label, filled: theme[.progress], empty: theme[.progressEmpty])
            .render(in: Rect(x: body.x + 1, y: body.y + 1, width: body.width - 2, height: 1), on: &screen)
        let list = Rect(x: body.x + 1, y: body.y + 3, width: body.width - 2, height: body.height - 3)
        let offset = min(importer.offset, max(0, importer.results.count - list.height))
        for (index, result) in importer.results.enumerated().dropFirst(offset).prefix(max(0, list.height)) {
            line(result, theme: theme, in: list.row(index - offset), on: &screen)
        }
    }

    static func line(_ result: ImportFileResult, theme: Theme, in area: Rect, on screen: inout Screen) {
        let (mark, role): (String, ThemeRole) = switch result.status {
        case .imported: ("✓ imported ", .verified)
        case .duplicate: ("= duplicate", .dim)
        case .rejected: ("✗ rejected ", .failed)
        }
        let name = result.file.lastComponent
        let text = name + (result.message.isEmpty ? "" : " — " + result.message)
        let used = screen.put(mark + " ", at: Point(x: area.x, y: area.y), style: theme[role], maxWidth: area.width)
        screen.put(text, at: Point(x: area.x + used, y: area.y), style: theme[.base], maxWidth: area.width - used)
    }
}

extension String {
    /// The last path component, computed without Foundation.
    var lastComponent: String {
        guard let slash = lastIndex(of: "/"), slash != index(before: endIndex) else { return self }
        return String(self[index(after: slash)...])
    }
}
