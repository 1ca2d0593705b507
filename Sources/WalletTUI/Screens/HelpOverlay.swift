import TermUI

/// The `?` overlay, generated from the key map: every key with what it does, or why it is disabled.
enum HelpOverlay {
    static func lines(_ state: AppState, keys: KeyMap, width: Int) -> [Line] {
        let theme = state.theme
        let entries = keys.helpEntries(for: state)
        let keyWidth = min(18, max(6, entries.map { TextWidth.of($0.binding.keyLabel) }.max() ?? 6) + 1)
        var lines: [Line] = [Line(KeyContext(state.route).title, style: theme[.header])]
        var lastContext = entries.first?.binding.context
        for entry in entries {
            if entry.binding.context != lastContext {
                lastContext = entry.binding.context
                lines.append(Line(entry.binding.context.title, style: theme[.header]))
            }
            let label = TextTruncation.fit(entry.binding.keyLabel, to: keyWidth)
            if let reason = entry.disabledReason {
                lines.append(Line([Span(label, style: theme[.dim]), Span(entry.binding.help + " — disabled: " + reason, style: theme[.dim])]))
            } else {
                lines.append(Line([Span(label, style: theme[.accent]), Span(entry.binding.help, style: theme[.dialog])]))
            }
        }
        return lines
    }

    static func render(_ state: AppState, keys: KeyMap, offset: Int, on screen: inout Screen) {
        let area = screen.area
        let all = lines(state, keys: keys, width: area.width)
        let maxOffset = max(0, all.count - max(1, area.height - 2))
        let dialog = Dialog(
            title: "Keys (j/k scroll, any other key closes)", lines: all, style: state.theme[.dialog],
            titleStyle: state.theme[.accent], offset: min(offset, maxOffset))
        dialog.render(in: area, on: &screen)
    }
}
