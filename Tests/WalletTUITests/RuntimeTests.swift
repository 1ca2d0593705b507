import Foundation
import Testing
import TermUI
import WalletModel
import WalletTUI
import WalletTestSupport

@Suite struct RuntimeTests {
    @Test("the whole app on the preview wallet: wrong passphrase, unlock, open, back, quit")
    func endToEnd() throws {
        var driver = try TUIDriver(size: size80, client: .preview())
        try driver.unlock("nope")
        #expect(driver.screen.textLines.contains { $0.contains("Wrong passphrase. Try again.") })
        try driver.unlock("demo")
        #expect(driver.screen.textLines[0].contains("Credentials (9)"))
        try driver.press(.enter)
        #expect(driver.state.route == .detail)
        #expect(driver.screen.textLines.contains { $0.contains("11 of 11 mandatory elements") })
        try driver.press(.escape, .char("q"))
        #expect(driver.state.isQuitting)
    }

    @Test("the terminal receives only changed cells after the first frame")
    func diffsOnly() throws {
        var driver = try TUIDriver(size: size80, client: .preview())
        try driver.unlock("demo")
        let before = driver.terminal.frames
        try driver.press(.char("j"))
        #expect(driver.terminal.frames == before + 1)
        #expect(driver.screen == render(driver.state))
    }

    @Test("resizing to 40×12 redraws the whole screen at the new size")
    func resize() throws {
        var driver = try TUIDriver(size: size80, client: .preview())
        try driver.unlock("demo")
        try driver.resize(size40)
        #expect(driver.screen.size == size40)
        #expect(driver.screen == render(driver.state))
        #expect(driver.screen.textLines[0].contains("Credentials"))
    }

    @Test("ctrl-z suspends through the terminal and repaints on resume")
    func suspend() throws {
        var driver = try TUIDriver(size: size80, client: .preview())
        try driver.unlock("demo")
        try driver.press(.ctrl("z"))
        #expect(driver.terminal.suspendCount == 1)
        #expect(driver.screen == render(driver.state))
    }

    @Test("an import runs file by file, drawing a frame per file, then reloads the list")
    func importFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try #"{"title":"Imported One"}"#.write(to: directory.appendingPathComponent("one.json"), atomically: true, encoding: .utf8)
        try "garbage".write(to: directory.appendingPathComponent("two.txt"), atomically: true, encoding: .utf8)
        var driver = try TUIDriver(size: size80, client: .preview())
        try driver.unlock("demo")
        try driver.press(.char("a"))
        try driver.type(directory.path)
        let frames = driver.terminal.frames
        try driver.press(.enter)
        #expect(driver.terminal.frames >= frames + 3)
        #expect(driver.state.importer.results.map(\.status) == [.imported, .rejected])
        #expect(driver.state.list.all.count == 10)
    }

    @Test("TUIApp.run restores the terminal when the user quits")
    func runRestores() throws {
        let terminal = HeadlessTerminal(size: size40, events: [.key(.char("d")), .key(.char("e")), .key(.char("m")), .key(.char("o")), .key(.enter), .key(.char("q"))])
        try TUIApp.run(terminal: terminal, client: .preview(), options: TUIOptions())
        #expect(terminal.restored)
        #expect(terminal.screen.textLines[0].contains("Credentials"))
    }
}
