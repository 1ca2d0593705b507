import Foundation
import Testing
import TermUI
import WalletTUI

@Suite struct ThemeTests {
    @Test("the four built-in themes load, dark first, with no errors")
    func builtins() {
        let catalog = ThemeCatalog.builtin
        #expect(catalog.themes.map(\.name) == ["dark", "light", "high-contrast", "monochrome"])
        #expect(catalog.errors.isEmpty)
        #expect(catalog.defaultTheme[.title] == Style(fg: .brightWhite, bg: .blue, attrs: .bold))
    }

    @Test("the embedded themes are identical to the files in the repository's themes folder")
    func embeddedMatchFiles() throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let fromFiles = ThemeCatalog.load(directories: [repo.appendingPathComponent("themes").path])
        #expect(fromFiles.errors.isEmpty)
        #expect(fromFiles.themes == ThemeCatalog.builtin.themes)
    }

    @Test("monochrome uses attributes only")
    func monochrome() throws {
        let theme = try #require(ThemeCatalog.builtin.themes.first { $0.name == "monochrome" })
        for role in ThemeRole.allCases {
            #expect(theme[role].fg == .default && theme[role].bg == .default, "\(role.rawValue) has a colour")
        }
    }

    @Test("a bad colour names the file and the key")
    func badColour() {
        #expect(throws: ThemeError(source: "mine.toml", key: "title.fg", reason: "not a colour; use a name (red, bright-blue, default), #rrggbb or 0-255")) {
            try ThemeParser.parse("name = \"mine\"\n[title]\nfg = \"blu\"\n", source: "mine.toml")
        }
    }

    @Test("unknown styles, unknown keys, non-boolean flags and a missing name are reported by key")
    func badKeys() {
        let cases: [(String, String)] = [
            ("name = \"x\"\n[titel]\nbold = true\n", "titel"),
            ("name = \"x\"\n[title]\nblink = true\n", "title.blink"),
            ("name = \"x\"\n[title]\nbold = \"yes\"\n", "title.bold"),
            ("[title]\nbold = true\n", "name"),
        ]
        for (text, key) in cases {
            do {
                _ = try ThemeParser.parse(text, source: "t.toml")
                Issue.record("no error for \(key)")
            } catch let error as ThemeError {
                #expect(error.key == key)
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test("colours: names, bright names, #rrggbb and indexes")
    func colours() throws {
        let theme = try ThemeParser.parse("name = \"c\"\n[title]\nfg = \"bright-red\"\nbg = \"#ff8000\"\n[header]\nfg = 208\n", source: "c")
        #expect(theme[.title] == Style(fg: .indexed(9), bg: .rgb(255, 128, 0)))
        #expect(theme[.header].fg == .indexed(208))
    }

    @Test("a user directory adds themes, overrides by name, and a bad file falls back with an error")
    func userDirectory() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "name = \"solar\"\n[title]\nfg = \"yellow\"\n".write(to: directory.appendingPathComponent("solar.toml"), atomically: true, encoding: .utf8)
        try "name = \"broken\"\n[title]\nfg = \"nope\"\n".write(to: directory.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog.load(directories: [directory.path])
        let solar = try #require(catalog.themes.first { $0.name == "solar" })
        #expect(solar[.title].fg == .yellow)
        #expect(solar[.header] == catalog.defaultTheme[.header])
        #expect(catalog.errors.map(\.key) == ["title.fg"])
        let state = TUIApp.initialState(size: size80, options: TUIOptions(themeName: "broken", themeDirectories: [directory.path]))
        #expect(state.theme.name == "dark")
        #expect(state.message?.isError == true)
        #expect(state.message?.text.contains("title.fg") == true)
    }

    @Test("NO_COLOR starts in monochrome and strips colours from every theme")
    func noColor() {
        let options = TUIOptions.fromEnvironment(["NO_COLOR": "1", "XDG_CONFIG_HOME": "/nonexistent"])
        #expect(options.noColor)
        let state = TUIApp.initialState(size: size80, options: options)
        #expect(state.theme.name == "monochrome")
        let screen = render(state)
        #expect(screen.cells.allSatisfy { $0.style.fg == .default && $0.style.bg == .default })
    }

    @Test("the user theme directory follows XDG_CONFIG_HOME")
    func xdg() {
        #expect(ThemeCatalog.userDirectory(environment: ["XDG_CONFIG_HOME": "/cfg"]) == "/cfg/cairn/themes")
    }
}
