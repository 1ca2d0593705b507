import TermUI

/// The passphrase prompt: bullets instead of echo, the demo banner, and the last error.
enum UnlockScreen {
    static func render(_ state: AppState, on screen: inout Screen) {
        let theme = state.theme
        let body = Chrome.render(state, title: "cairn — unlock your wallet", status: "enter unlock · ctrl-c quit", hint: "", on: &screen)
        let box = body.centered(width: min(60, body.width), height: min(9, body.height))
        Block(title: "Unlock", style: theme[.border], titleStyle: theme[.accent]).render(in: box, on: &screen)
        let inner = box.width >= 6 && box.height >= 3 ? box.inset(dx: 2, dy: 1) : body
        var lines: [(String, ThemeRole)] = []
        if let banner = state.banner { lines.append((banner, .accent)) }
        lines.append(("Enter the wallet passphrase.", .base))
        if state.unlock.busy {
            lines.append(("Unlocking… (deriving the key)", .dim))
        } else if let error = state.unlock.error {
            lines.append((error, .error))
        }
        let promptRow = min(inner.maxY - 1, inner.y + lines.count + (inner.height > lines.count + 2 ? 1 : 0))
        for (offset, line) in lines.enumerated() where inner.y + offset < promptRow {
            screen.put(line.0, at: Point(x: inner.x, y: inner.y + offset), style: theme[line.1], maxWidth: inner.width)
        }
        let prompt = Prompt(label: "Passphrase: ", input: state.unlock.input, secret: true, style: theme[.label], inputStyle: theme[.input])
        let promptArea = Rect(x: inner.x, y: promptRow, width: inner.width, height: 1)
        prompt.render(in: promptArea, on: &screen)
        if !state.unlock.busy { screen.cursor = prompt.cursor(in: promptArea) }
    }
}
