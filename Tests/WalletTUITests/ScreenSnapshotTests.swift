import Testing
import TermUI
import WalletModel
import WalletTUI
import WalletTestSupport

/// Every screen at 80×24 and 40×12, compared with goldens in `__Screens__/` (text + style runs).
@Suite struct ScreenSnapshotTests {
    static let sizes = [size80, size40]

    func expectGolden(_ state: AppState, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let snapshot = render(state).snapshot
        let golden = "\(name)-\(state.size.width)x\(state.size.height)"
        if let failure = Golden.check(snapshot, named: golden, directory: screensDirectory) {
            Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
        }
    }

    /// A driver on the preview wallet, unlocked, at `size`.
    func preview(_ size: Size) throws -> TUIDriver {
        var driver = try TUIDriver(size: size, client: .preview(exportDirectory: "/tmp/cairn-tui-snapshots"), options: TUIOptions(banner: "Preview wallet — passphrase: demo"))
        try driver.unlock("demo")
        return driver
    }

    @Test("unlock: prompt with banner, and after a wrong passphrase", arguments: sizes)
    func unlock(size: Size) throws {
        var driver = try TUIDriver(size: size, client: .preview(), options: TUIOptions(banner: "Preview wallet — passphrase: demo"))
        try driver.type("de")
        expectGolden(driver.state, "unlock")
        try driver.press(.char("x"), .enter)
        expectGolden(driver.state, "unlock-wrong")
        #expect(driver.state.unlock.error == "Wrong passphrase. Try again.")
    }

    @Test("list: sample wallet, searched and filtered, grouped", arguments: sizes)
    func list(size: Size) throws {
        var driver = try preview(size)
        expectGolden(driver.state, "list")
        try driver.press(.char("/"))
        try driver.type("data")
        try driver.press(.enter, .char("v"))
        expectGolden(driver.state, "list-search-filter")
        try driver.press(.char("x"), .char("b"))
        expectGolden(driver.state, "list-grouped")
    }

    @Test("list: empty wallet, load error, long and wide titles", arguments: sizes)
    func listEdgeCases(size: Size) {
        expectGolden(listState([], size: size), "list-empty")
        var failed = AppState(size: size, unlocked: true)
        _ = update(&failed, .overviewsFailed("the wallet file is damaged"))
        expectGolden(failed, "list-error")
        let wide = [
            Fixtures.overview(1, title: "A very long micro-credential title that certainly does not fit in any column at all", issuer: "Universidad Politécnica de Madrid — Escuela Técnica Superior"),
            Fixtures.overview(2, title: "東京大学 データサイエンス入門 講義", issuer: "東京大学", status: .unverifiable),
            Fixtures.overview(3, title: "Zarządzanie projektami — łączność i jakość", issuer: "Politechnika Łódzka", ects: 7.5, status: .failed),
            Fixtures.overview(4, title: nil, issuer: nil, ects: nil, hours: 40, eqf: nil, status: .selfAsserted),
        ]
        expectGolden(listState(wide, size: size), "list-wide")
    }

    @Test("detail: standard elements, scrolled, raw source, missing elements", arguments: sizes)
    func detail(size: Size) throws {
        var driver = try preview(size)
        try driver.press(.enter)
        expectGolden(driver.state, "detail")
        try driver.press(.pageDown)
        expectGolden(driver.state, "detail-scrolled")
        try driver.press(.char("r"))
        expectGolden(driver.state, "detail-raw")
        try driver.press(.escape, .char("G"), .enter)
        expectGolden(driver.state, "detail-missing")
    }

    @Test("detail: a credential that cannot be opened", arguments: sizes)
    func detailError(size: Size) {
        var state = listState([Fixtures.overview(1)], size: size)
        press(&state, .enter)
        _ = update(&state, .credentialFailed(Fixtures.id(1), "record damaged (authentication failed)"))
        expectGolden(state, "detail-error")
    }

    @Test("stacking: pathways, then a pathway and a requirement opened", arguments: sizes)
    func stacking(size: Size) throws {
        var driver = try preview(size)
        try driver.press(.char("p"))
        expectGolden(driver.state, "stacking")
        try driver.press(.char("j"), .enter, .char("j"), .char("j"), .enter)
        expectGolden(driver.state, "stacking-open")
    }

    @Test("share: options and marked credentials, then the exported path", arguments: sizes)
    func share(size: Size) throws {
        var driver = try preview(size)
        try driver.press(.char(" "), .char(" "), .char("e"))
        expectGolden(driver.state, "share")
        try driver.press(.enter)
        expectGolden(driver.state, "share-done")
    }

    @Test("import: completions while typing, then per-file results", arguments: sizes)
    func importer(size: Size) {
        var state = listState([Fixtures.overview(1)], size: size)
        press(&state, .char("a"), .char("c"), .tab)
        _ = update(&state, .completionsFound(["creds/", "cv.pdf"]))
        expectGolden(state, "import-completions")
        press(&state, .char("r"), .enter)
        _ = update(&state, .importCandidatesFound(["creds/a.json", "creds/b.json", "creds/c.png"]))
        _ = update(&state, .fileImported(ImportFileResult(file: "creds/a.json", status: .imported, message: "Data Analytics Foundations")))
        _ = update(&state, .fileImported(ImportFileResult(file: "creds/b.json", status: .duplicate, message: "Statistics")))
        expectGolden(state, "import-progress")
        _ = update(&state, .fileImported(ImportFileResult(file: "creds/c.png", status: .rejected, message: "no credential is baked into this image")))
        expectGolden(state, "import-done")
    }

    @Test("help overlay on the list and on the detail screen", arguments: sizes)
    func help(size: Size) throws {
        var driver = try preview(size)
        try driver.press(.char("?"))
        expectGolden(driver.state, "help-list")
        try driver.press(.escape, .enter, .char("?"))
        expectGolden(driver.state, "help-detail")
    }
}
