import Testing
import TermUI
import WalletModel
import WalletTUI
import WalletTestSupport

@Suite struct UpdateListTests {
    let overviews = [
        Fixtures.overview(1, title: "Alpha", issuer: "TU Delft", issued: Fixtures.day(2024, 1, 1), ects: 5, eqf: 6),
        Fixtures.overview(2, title: "Beta", issuer: "Łódź Tech", issued: Fixtures.day(2025, 1, 1), ects: 3, eqf: 5, status: .failed),
        Fixtures.overview(3, title: "Gamma", issuer: "TU Delft", issued: Fixtures.day(2023, 1, 1), ects: nil, hours: 30, eqf: 7, status: .selfAsserted),
    ]

    @Test("rows are sorted by date, newest first, and totals count ECTS and verified")
    func loaded() {
        let state = listState(overviews)
        #expect(state.list.visibleItems.map(\.title) == ["Beta", "Alpha", "Gamma"])
        #expect(state.list.totals == {
            var totals = ListTotals()
            totals.shown = 3; totals.total = 3; totals.ects = 8; totals.verified = 1
            return totals
        }())
    }

    @Test("j and k move the cursor within the list; G and g jump to the ends")
    func movement() {
        var state = listState(overviews)
        #expect(press(&state, .char("j")).isEmpty)
        #expect(state.list.selected?.title == "Alpha")
        press(&state, .char("G"))
        #expect(state.list.selected?.title == "Gamma")
        press(&state, .char("j"))
        #expect(state.list.selected?.title == "Gamma")
        press(&state, .char("g"), .char("k"))
        #expect(state.list.selected?.title == "Beta")
    }

    @Test("enter opens the selected credential and asks for its details")
    func open() {
        var state = listState(overviews)
        #expect(press(&state, .enter) == [.loadCredential(Fixtures.id(2))])
        #expect(state.route == .detail)
        #expect(state.detail == DetailState(id: Fixtures.id(2)))
    }

    @Test("slash starts an incremental search that filters as you type; esc clears it")
    func search() {
        var state = listState(overviews)
        press(&state, .char("/"), .char("d"), .char("e"), .char("l"))
        #expect(state.list.searching)
        #expect(state.list.visibleItems.map(\.title) == ["Alpha", "Gamma"])
        press(&state, .enter)
        #expect(!state.list.searching)
        #expect(state.list.query == "del")
        press(&state, .char("/"), .escape)
        #expect(state.list.query.isEmpty)
        #expect(state.list.rows.count == 3)
    }

    @Test("s cycles the sort key and S reverses it")
    func sorting() {
        var state = listState(overviews)
        press(&state, .char("s"))
        #expect(state.list.sort == .title)
        #expect(state.list.visibleItems.map(\.title) == ["Alpha", "Beta", "Gamma"])
        press(&state, .char("S"))
        #expect(state.list.visibleItems.map(\.title) == ["Gamma", "Beta", "Alpha"])
        press(&state, .char("s"), .char("s"))
        #expect(state.list.sort == .workload)
    }

    @Test("issuer sort and search fold case and accents: Łódź files under L, 'lodz' finds it")
    func accentFolding() {
        var state = listState(overviews + [Fixtures.overview(4, title: "Delta", issuer: "Zürich Institute", issued: Fixtures.day(2022, 1, 1))])
        press(&state, .char("s"), .char("s"))
        #expect(state.list.sort == .issuer)
        #expect(state.list.visibleItems.map { $0.awardingBody?.name ?? "" } == ["Łódź Tech", "TU Delft", "TU Delft", "Zürich Institute"])
        press(&state, .char("/"), .char("l"), .char("o"), .char("d"), .char("z"))
        #expect(state.list.visibleItems.map(\.title) == ["Beta"])
        press(&state, .escape, .char("/"), .char("z"), .char("u"), .char("r"))
        #expect(state.list.visibleItems.map(\.title) == ["Delta"])
    }

    @Test("filters: verified only, issuer, level and format; x clears them all")
    func filters() {
        var state = listState(overviews)
        press(&state, .char("v"))
        #expect(state.list.visibleItems.map(\.title) == ["Alpha"])
        press(&state, .char("v"), .char("i"))
        #expect(state.list.filter.issuer == "TU Delft")
        #expect(state.list.visibleItems.map(\.title) == ["Alpha", "Gamma"])
        press(&state, .char("L"))
        #expect(state.list.filter.level == 5)
        #expect(state.list.visibleItems.isEmpty)
        press(&state, .char("x"))
        #expect(state.list.filter == ListFilter())
        #expect(state.list.visibleItems.count == 3)
        press(&state, .char("f"))
        #expect(state.list.filter.format == .openBadges3)
    }

    @Test("b groups by issuer with headings the cursor skips")
    func grouping() {
        var state = listState(overviews)
        press(&state, .char("b"))
        #expect(state.list.rows == [.group("TU Delft", count: 2), .item(0), .item(2), .group("Łódź Tech", count: 1), .item(1)])
        #expect(state.list.selected?.title == "Beta")
        press(&state, .char("g"))
        #expect(state.list.cursor == 1)
        press(&state, .char("j"), .char("j"))
        #expect(state.list.selected?.title == "Beta")
    }

    @Test("space marks and moves down; e opens share with the marked credentials")
    func markAndShare() {
        var state = listState(overviews)
        press(&state, .char(" "))
        #expect(state.list.marked == [Fixtures.id(2)])
        #expect(state.list.selected?.title == "Alpha")
        #expect(press(&state, .char("e")).isEmpty)
        #expect(state.route == .share)
    }

    @Test("e with nothing marked shares the selected credential")
    func shareSelected() {
        var state = listState(overviews)
        press(&state, .char("e"))
        #expect(state.list.marked == [Fixtures.id(2)])
    }

    @Test("p opens stacking and asks for the summary; a opens import; q quits")
    func navigation() {
        var state = listState(overviews)
        #expect(press(&state, .char("p")) == [.loadStacking])
        #expect(state.route == .stacking)
        press(&state, .escape)
        #expect(state.route == .list)
        #expect(press(&state, .char("a")).isEmpty)
        #expect(state.route == .importer)
        press(&state, .escape)
        #expect(press(&state, .char("q")) == [.quit])
    }

    @Test("a disabled key does nothing and the status bar says why")
    func disabledReason() {
        var state = listState([])
        #expect(press(&state, .char("e")).isEmpty)
        #expect(state.route == .list)
        #expect(state.message == .error("e: the wallet is empty; press a to import credentials"))
        press(&state, .char("x"))
        #expect(state.message?.text == "x/esc: no search or filter is active")
    }

    @Test("? opens help; j scrolls it; any other key closes it without acting")
    func help() {
        var state = listState(overviews)
        press(&state, .char("?"))
        #expect(state.modal == .help(offset: 0))
        press(&state, .char("j"))
        #expect(state.modal == .help(offset: 1))
        #expect(press(&state, .char("q")).isEmpty)
        #expect(state.modal == nil)
        #expect(!state.isQuitting)
    }

    @Test("ctrl-z asks the runtime to suspend; t cycles the theme")
    func suspendAndTheme() {
        var state = listState(overviews)
        #expect(press(&state, .ctrl("z")) == [.suspend])
        press(&state, .char("t"))
        #expect(state.theme.name == "light")
    }

    @Test("a resize keeps the cursor visible in the smaller list")
    func resize() {
        var state = listState(Fixtures.manyOverviews(50))
        press(&state, .char("G"))
        _ = update(&state, .event(.resize(size40)))
        #expect(state.size == size40)
        #expect(state.list.cursor == 49)
        #expect(state.list.offset == 49 - ListScreenHeights.table40 + 1)
    }
}

/// Table rows visible at 40×12: 12 minus title, status and table header.
enum ListScreenHeights {
    static let table40 = 9
}
