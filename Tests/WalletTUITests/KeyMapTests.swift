import Foundation
import Testing
import TermUI
import WalletTUI
import WalletTestSupport

@Suite struct KeyMapTests {
    @Test("no key is bound twice on the same screen")
    func noDuplicates() {
        for context in KeyContext.allCases {
            let keys = KeyMap.default.bindings.filter { $0.context == context }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "duplicate key in \(context)")
        }
    }

    @Test("every binding has help text, and the help overlay lists each one with its disabled reason")
    func helpFromKeyMap() {
        #expect(KeyMap.default.bindings.allSatisfy { !$0.help.isEmpty })
        let state = listState([])
        let entries = KeyMap.default.helpEntries(for: state)
        #expect(entries.count == KeyMap.default.bindings.filter { $0.context == .list || $0.context == .global }.count)
        let share = entries.first { $0.binding.intent == .share }
        #expect(share?.disabledReason == "the wallet is empty; press a to import credentials")
        let text = render({ var s = state; s.modal = .help(offset: 0); return s }()).textLines.joined(separator: "\n")
        #expect(text.contains("disabled: the wallet is empty"))
    }

    @Test("the key reference in Markdown has a table per screen")
    func markdown() {
        let markdown = KeyMap.default.markdown
        for context in KeyContext.allCases { #expect(markdown.contains("### \(context.title)")) }
        #expect(markdown.contains("| `/` | search titles, issuers and fields as you type |"))
    }

    /// `docs/keys.md` is generated from the key map and must not go stale: this test fails on any
    /// difference (`UPDATE_GOLDEN=1` rewrites it), like the screen goldens.
    @Test("docs/keys.md is the key map's own Markdown")
    func keysDocument() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let docs = root.appendingPathComponent("docs").path
        let text = "# cairn keys\n\nGenerated from `KeyMap.default` (`UPDATE_GOLDEN=1 swift test --filter KeyMapTests` rewrites it).\n\n"
            + KeyMap.default.markdown
        let failure = Golden.check(text, named: "keys", directory: docs, fileExtension: "md")
        #expect(failure == nil, Comment(rawValue: failure ?? ""))
    }
}
