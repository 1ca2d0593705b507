import Foundation
import Testing
import TermUI
import WalletModel
import WalletTUI
import WalletTestSupport

@Suite struct UpdateScreensTests {
    let overviews = [Fixtures.overview(1, title: "Alpha"), Fixtures.overview(2, title: "Beta")]

    func detailState() -> AppState {
        var state = listState(overviews)
        press(&state, .enter)
        return state
    }

    @Test("the detail screen shows the loaded credential, toggles raw with r and goes back with esc")
    func detail() throws {
        var state = detailState()
        let id = try #require(state.detail?.id)
        press(&state, .char("r"))
        #expect(state.message?.text == "r: the credential is not loaded")
        _ = update(&state, .credentialLoaded(Fixtures.credential(overviews[1])))
        #expect(state.detail?.credential?.id == id)
        press(&state, .char("r"))
        #expect(state.detail?.showRaw == true)
        press(&state, .char("j"))
        #expect(state.detail?.offset == 0, "a three-line source does not scroll")
        press(&state, .char("r"), .char("j"), .char("j"))
        #expect(state.detail?.showRaw == false)
        #expect(state.detail?.offset == 2)
        press(&state, .char("G"), .char("k"))
        let bottom = try #require(state.detail?.offset)
        #expect(bottom > 2)
        press(&state, .escape)
        #expect(state.route == .list)
        #expect(state.detail == nil)
    }

    @Test("a pathway without a credit floor shows the credit counted, not 'N/0 ECTS'")
    func noCreditFloor() {
        var state = listState(overviews, size: Size(width: 100, height: 24))
        press(&state, .char("p"))
        _ = update(&state, .stackingLoaded([
            PathwayProgress(id: "course", title: "Credit-bearing course", countedECTS: 2, requiredECTS: 0, requirementsMet: 1, requirementsTotal: 1),
            PathwayProgress(id: "cmf", title: "CMF micro-credential", countedECTS: 5, requiredECTS: 4, requirementsMet: 1, requirementsTotal: 1),
        ]))
        let text = render(state).snapshot
        #expect(text.contains("2 ECTS · 1/1 req."))
        #expect(!text.contains("/0 ECTS"))
        #expect(text.contains("5/4 ECTS · 1/1 req."))
    }

    @Test("a CLR's nested achievements are listed in the detail with their workload and level")
    func nestedAchievements() {
        var state = listState(overviews, size: Size(width: 100, height: 90))
        press(&state, .enter)
        var credential = Fixtures.credential(overviews[1])
        credential.record.components = [
            CredentialRecord(title: "Intro to Statistics", awardingBody: Organisation(name: "University of Zed"),
                workload: [Workload(value: 5, unit: .ects)], eqfLevel: 6),
            CredentialRecord(title: "Data Wrangling"),
        ]
        _ = update(&state, .credentialLoaded(credential))
        let text = render(state).snapshot
        #expect(text.contains("Achievements in this record (2)"))
        #expect(text.contains("Intro to Statistics"))
        #expect(text.contains("University of Zed · 5 ECTS · EQF 6"))
        #expect(text.contains("Data Wrangling"))
    }

    @Test("a credential that fails to load shows the error on the detail screen")
    func detailError() throws {
        var state = detailState()
        let id = try #require(state.detail?.id)
        _ = update(&state, .credentialFailed(id, "record damaged"))
        #expect(state.detail?.error == "record damaged")
    }

    @Test("stacking: enter opens a pathway, h closes it or goes to the parent")
    func stacking() {
        var state = listState(overviews)
        press(&state, .char("p"))
        _ = update(&state, .stackingLoaded(PreviewCredentials.pathways(PreviewCredentials.all)))
        press(&state, .char("j"), .enter)
        #expect(state.stacking.expanded == ["1"])
        press(&state, .char("j"), .enter)
        #expect(state.stacking.expanded == ["1", "1/0"])
        press(&state, .char("j"), .char("h"))
        #expect(state.stacking.expanded == ["1"])
        #expect(state.stacking.cursor == 2)
    }

    @Test("a stacking failure is kept for the screen to show")
    func stackingError() {
        var state = listState(overviews)
        press(&state, .char("p"))
        _ = update(&state, .stackingFailed("no pathways file"))
        #expect(state.stacking.error == "no pathways file")
    }

    @Test("share: space changes options, enter exports the marked credentials, the path is shown")
    func share() {
        var state = listState(overviews)
        press(&state, .char(" "), .char(" "), .char("e"))
        press(&state, .char(" "), .char("j"), .char(" "), .char("j"), .char(" "))
        let options = ExportOptions(includeOriginals: false, includeProgress: false, validDays: 90)
        #expect(state.share.options == options)
        let effects = press(&state, .enter)
        #expect(effects == [.export([Fixtures.id(2), Fixtures.id(1)], options)])
        #expect(state.share.exporting)
        #expect(press(&state, .enter).isEmpty)
        _ = update(&state, .exported("/tmp/share.json"))
        #expect(state.share.resultPath == "/tmp/share.json")
        #expect(state.message?.text == "Exported to /tmp/share.json")
    }

    @Test("share: an export failure is shown and export can be tried again")
    func shareFailure() {
        var state = listState(overviews)
        press(&state, .char("e"), .enter)
        _ = update(&state, .exportFailed("disk full"))
        #expect(state.share.error == "disk full")
        #expect(!state.share.exporting)
    }

    @Test("import: tab asks for completions and extends the path to their common prefix")
    func completion() {
        var state = listState(overviews)
        press(&state, .char("a"))
        for character in "cre" { press(&state, .char(character)) }
        #expect(press(&state, .tab) == [.complete(path: "cre")])
        _ = update(&state, .completionsFound(["creds/a.json", "creds/b.json"]))
        #expect(state.importer.input == "creds/")
        #expect(state.importer.completions.count == 2)
    }

    @Test("import: enter scans the path, then imports file by file and reloads the list")
    func importFlow() {
        var state = listState(overviews)
        press(&state, .char("a"), .char("d"))
        #expect(press(&state, .enter) == [.findImportCandidates(["d"])])
        #expect(update(&state, .importCandidatesFound(["d/1.json", "d/2.json"])) == [.importFile("d/1.json")])
        #expect(state.importer.total == 2)
        let first = ImportFileResult(file: "d/1.json", status: .imported, message: "One")
        #expect(update(&state, .fileImported(first)) == [.importFile("d/2.json")])
        let second = ImportFileResult(file: "d/2.json", status: .rejected, message: "not a credential")
        #expect(update(&state, .fileImported(second)) == [.loadOverviews])
        #expect(state.importer.phase == .finished)
        #expect(state.message?.text == "Imported 1 of 2 files")
        press(&state, .char("n"))
        #expect(state.importer.phase == .editing)
        #expect(state.importer.input == "d")
    }

    @Test("import: nothing imported means no reload")
    func importNothing() {
        var state = listState(overviews)
        press(&state, .char("a"), .char("x"), .enter)
        #expect(update(&state, .importCandidatesFound([])).isEmpty)
        #expect(state.importer.phase == .finished)
    }
}
