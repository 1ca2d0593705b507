import TermUI

extension KeyMap {
    /// cairn's key bindings: vi-style letters and arrows, `?` for help everywhere.
    public static let `default` = KeyMap(bindings: globalBindings + listBindings + detailBindings + stackingBindings + shareBindings + importBindings)

    static let globalBindings: [KeyBinding] = [
        KeyBinding([.char("?")], .help, "show or hide this help", in: .global),
        KeyBinding([.char("q"), .ctrl("c")], .quit, "quit cairn", in: .global),
        KeyBinding([.ctrl("z")], .suspend, "suspend to the shell (fg resumes)", in: .global),
        KeyBinding([.char("t")], .cycleTheme, "switch to the next colour theme", in: .global) { state in
            state.themes.count < 2 ? "only one theme is available" : nil
        },
    ]

    static let movement: [(Key, Key?, Intent, String)] = [
        (.char("j"), .down, .moveDown, "move down"), (.char("k"), .up, .moveUp, "move up"),
        (.pageDown, .char("J"), .pageDown, "page down"), (.pageUp, .char("K"), .pageUp, "page up"),
        (.char("g"), .home, .top, "go to the top"), (.char("G"), .end, .bottom, "go to the bottom"),
    ]

    static func movementBindings(in context: KeyContext) -> [KeyBinding] {
        movement.map { KeyBinding([$0.0] + ($0.1.map { [$0] } ?? []), $0.2, $0.3, in: context) }
    }

    static let emptyWallet: @Sendable (AppState) -> String? = { state in
        state.list.all.isEmpty ? "the wallet is empty; press a to import credentials" : nil
    }

    static let listBindings: [KeyBinding] = movementBindings(in: .list) + [
        KeyBinding([.enter, .char("l"), .right], .open, "open the selected credential", in: .list) { state in
            state.list.selected == nil ? "no credential is selected" : nil
        },
        KeyBinding([.char("/")], .search, "search titles, issuers and fields as you type", in: .list, disabledReason: emptyWallet),
        KeyBinding([.char("s")], .sort, "sort by date, title, issuer, workload", in: .list, disabledReason: emptyWallet),
        KeyBinding([.char("S")], .reverseSort, "reverse the sort order", in: .list, disabledReason: emptyWallet),
        KeyBinding([.char("v")], .verifiedOnly, "show only verified credentials", in: .list, disabledReason: emptyWallet),
        KeyBinding([.char("i")], .issuerFilter, "filter by the next awarding body", in: .list, disabledReason: emptyWallet),
        KeyBinding([.char("L")], .levelFilter, "filter by the next EQF level", in: .list, disabledReason: emptyWallet),
        KeyBinding([.char("f")], .formatFilter, "filter by the next credential format", in: .list, disabledReason: emptyWallet),
        KeyBinding([.char("x"), .escape], .clearFilters, "clear the search and filters", in: .list) { state in
            state.list.filter.isActive || !state.list.query.isEmpty ? nil : "no search or filter is active"
        },
        KeyBinding([.char("b")], .group, "group by awarding body, by field, or not at all", in: .list, disabledReason: emptyWallet),
        KeyBinding([.char(" ")], .mark, "mark or unmark for sharing", in: .list) { state in
            state.list.selected == nil ? "no credential is selected" : nil
        },
        KeyBinding([.char("e")], .share, "share the marked credentials", in: .list, disabledReason: emptyWallet),
        KeyBinding([.char("a")], .importFiles, "import files or a folder", in: .list),
        KeyBinding([.char("p")], .stacking, "show stacking progress toward pathways", in: .list),
    ]

    static let detailBindings: [KeyBinding] = movementBindings(in: .detail) + [
        KeyBinding([.char("r")], .toggleRaw, "switch between the standard elements and the raw source", in: .detail) { state in
            guard let credential = state.detail?.credential else { return "the credential is not loaded" }
            return credential.original.isEmpty ? "no original document is stored for this credential" : nil
        },
        KeyBinding([.escape, .char("h"), .left, .char("q")], .back, "back to the list", in: .detail),
    ]

    static let stackingBindings: [KeyBinding] = movementBindings(in: .stacking) + [
        KeyBinding([.enter, .char("l"), .right], .expand, "open or close the selected pathway or requirement", in: .stacking) { state in
            state.stacking.pathways.isEmpty ? "no pathway to open" : nil
        },
        KeyBinding([.char("h"), .left], .collapse, "close the selected node", in: .stacking),
        KeyBinding([.escape, .char("q")], .back, "back to the list", in: .stacking),
    ]

    static let shareBindings: [KeyBinding] = [
        KeyBinding([.char("j"), .down], .moveDown, "next option", in: .share),
        KeyBinding([.char("k"), .up], .moveUp, "previous option", in: .share),
        KeyBinding([.char(" ")], .toggleOption, "change the selected option", in: .share),
        KeyBinding([.enter], .export, "export the bundle", in: .share) { state in
            if state.list.marked.isEmpty { return "no credential is marked; mark some with space in the list" }
            return state.share.exporting ? "an export is already running" : nil
        },
        KeyBinding([.escape, .char("q")], .back, "back to the list", in: .share),
    ]

    static let importBindings: [KeyBinding] = movementBindings(in: .importer) + [
        KeyBinding([.enter, .char("n")], .newImport, "import more files", in: .importer) { state in
            state.importer.phase == .finished ? nil : "an import is still running"
        },
        KeyBinding([.escape, .char("q")], .back, "back to the list", in: .importer),
    ]
}
