import TermUI
import WalletModel

/// The wallet list: a table of credentials with search, filter and totals lines.
enum ListScreen {
    /// Rows available for the table body (without its header), used to keep the cursor in view.
    static func tableHeight(_ state: AppState) -> Int {
        max(0, state.bodyHeight - (showsQueryLine(state) ? 1 : 0) - 1)
    }

    static func showsQueryLine(_ state: AppState) -> Bool {
        state.list.searching || !state.list.query.isEmpty || state.list.filter.isActive
    }

    static func render(_ state: AppState, on screen: inout Screen) {
        let list = state.list
        let title = "Credentials (\(list.totals.shown == list.totals.total ? "\(list.totals.total)" : "\(list.totals.shown) of \(list.totals.total)"))"
        var body = Chrome.render(state, title: title, status: statusText(state), hint: hint(state), on: &screen)
        if showsQueryLine(state) {
            renderQueryLine(state, in: body.row(0), on: &screen)
            body = Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 1)
        }
        if let message = emptyMessage(state) {
            Paragraph([Line(message, style: state.theme[.dim])]).render(in: body.inset(dx: 2, dy: 1), on: &screen)
            return
        }
        renderTable(state, in: body, on: &screen)
    }

    static func statusText(_ state: AppState) -> String {
        let totals = state.list.totals
        let sort = "\(state.list.sort.rawValue) \(state.list.descending ? "↓" : "↑")"
        let counts = "\(totals.shown) credential\(totals.shown == 1 ? "" : "s") · \(Formatting.number(totals.ects)) ECTS · \(totals.verified) verified"
        return state.size.width >= 70 ? counts + " · sort: " + sort : counts
    }

    static func hint(_ state: AppState) -> String {
        let marked = state.list.marked.count
        let base = state.size.width >= 60 ? "/ search · ? help" : "? help"
        return marked > 0 ? "\(marked) marked · " + base : base
    }

    static func emptyMessage(_ state: AppState) -> String? {
        if let error = state.list.error { return "Could not load the wallet: \(error)" }
        if !state.list.loaded { return "Loading…" }
        if state.list.all.isEmpty { return "Your wallet is empty. Press a to import credentials, ? for help." }
        if state.list.rows.isEmpty { return "No credential matches. Press x to clear the search and filters." }
        return nil
    }

    static func renderQueryLine(_ state: AppState, in row: Rect, on screen: inout Screen) {
        let theme = state.theme
        var x = row.x
        if state.list.searching || !state.list.query.isEmpty {
            let prompt = Prompt(label: "/", input: state.list.query, style: theme[.accent], inputStyle: theme[.input])
            let width = min(row.width, max(20, row.width / 2))
            prompt.render(in: Rect(x: x, y: row.y, width: width, height: 1), on: &screen)
            if state.list.searching { screen.cursor = prompt.cursor(in: Rect(x: x, y: row.y, width: width, height: 1)) }
            x += width + 1
        }
        if state.list.filter.isActive {
            screen.put("filter: " + state.list.filter.summary, at: Point(x: x, y: row.y), style: theme[.warning], maxWidth: row.maxX - x)
        }
    }
}
