import TermUI

/// The marked credentials, the export options, and where the last export went.
enum ShareScreen {
    /// How many option lines the screen shows (the cursor's range).
    static let optionCount = 3

    static func optionLines(_ state: AppState) -> [String] {
        let options = state.share.options
        return [
            "[\(options.includeOriginals ? "x" : " ")] Include the originals and a readable transcript (zip)",
            "[\(options.includeProgress ? "x" : " ")] Add stacking progress to the transcript",
            "Signature valid for \(options.validDays) days",
        ]
    }

    static func render(_ state: AppState, on screen: inout Screen) {
        let theme = state.theme
        let marked = state.list.all.filter { state.list.marked.contains($0.id) }
        let body = Chrome.render(state, title: "Share \(marked.count) credential\(marked.count == 1 ? "" : "s")", status: "space changes · enter exports · esc back", on: &screen)
        var y = body.y
        for (index, text) in optionLines(state).enumerated() where y < body.maxY {
            let area = Rect(x: body.x + 1, y: y, width: body.width - 2, height: 1)
            screen.put(text, at: Point(x: area.x, y: y), style: theme[.base], maxWidth: area.width)
            if index == state.share.cursor { screen.restyle(area) { _ in theme[.selected] } }
            y += 1
        }
        y += 1
        if let outcome = outcomeLine(state) {
            for row in TextWrap.wrap(outcome.0, width: max(1, body.width - 2)) where y < body.maxY {
                screen.put(row, at: Point(x: body.x + 1, y: y), style: theme[outcome.1], maxWidth: body.width - 2)
                y += 1
            }
            y += 1
        }
        if y < body.maxY { screen.put("Marked:", at: Point(x: body.x + 1, y: y), style: theme[.header]) }
        y += 1
        for overview in marked where y < body.maxY {
            screen.put("● " + (overview.title ?? overview.id.short), at: Point(x: body.x + 1, y: y), style: theme[.marked], maxWidth: body.width - 2)
            y += 1
        }
    }

    static func outcomeLine(_ state: AppState) -> (String, ThemeRole)? {
        if state.share.exporting { return ("Exporting…", .dim) }
        if let error = state.share.error { return ("Export failed: \(error)", .error) }
        if let path = state.share.resultPath { return ("Saved to \(path)", .verified) }
        return nil
    }
}
