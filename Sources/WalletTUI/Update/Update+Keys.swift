import Foundation
import TermUI

extension AppState {
    /// A key press: overlays first, then text fields, then the key map.
    mutating func handleKey(_ key: Key, keys: KeyMap) -> [Effect] {
        if key == .ctrl("c") {
            isQuitting = true
            return [.quit]
        }
        if case .help(let offset) = modal { return handleHelpKey(key, offset: offset) }
        if let effects = handleTextInput(key) { return effects }
        message = nil
        guard let binding = keys.binding(for: key, in: self) else {
            message = .error("\(key) does nothing here; press ? for help")
            return []
        }
        if let reason = binding.disabledReason(self) {
            message = .error("\(binding.keyLabel): \(reason)")
            return []
        }
        return perform(binding.intent)
    }

    mutating func handleHelpKey(_ key: Key, offset: Int) -> [Effect] {
        switch key {
        case .char("j"), .down: modal = .help(offset: offset + 1)
        case .char("k"), .up: modal = .help(offset: max(0, offset - 1))
        default: modal = nil
        }
        return []
    }

    /// Keys for a focused text field; nil when no field has focus.
    mutating func handleTextInput(_ key: Key) -> [Effect]? {
        switch route {
        case .unlock: return handleUnlockKey(key)
        case .list where list.searching: return handleSearchKey(key)
        case .importer where importer.phase == .editing: return handleImportKey(key)
        default: return nil
        }
    }

    mutating func handleUnlockKey(_ key: Key) -> [Effect] {
        guard !unlock.busy else { return [] }
        if key == .enter {
            guard !unlock.input.isEmpty else {
                unlock.error = "Type the passphrase, then press enter"
                return []
            }
            let bytes = Array(unlock.input.utf8)
            unlock.input = ""
            unlock.busy = true
            unlock.error = nil
            return [.unlock(passphrase: bytes)]
        }
        if key == .escape { unlock.input = "" } else { TextField.edit(&unlock.input, key) }
        return []
    }

    mutating func handleSearchKey(_ key: Key) -> [Effect] {
        switch key {
        case .enter: list.searching = false
        case .escape:
            list.searching = false
            list.query = ""
            list.refresh()
        case .up, .down:
            list.searching = false
            return handleKey(key, keys: .default)
        default:
            guard TextField.edit(&list.query, key) else { return [] }
            list.refresh()
            list.offset = 0
        }
        return []
    }

    mutating func handleImportKey(_ key: Key) -> [Effect] {
        switch key {
        case .escape:
            route = .list
            importer = ImportState()
        case .tab:
            return [.complete(path: importer.input)]
        case .enter:
            let path = importer.input.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else {
                message = "Type a file or folder path (tab completes)"
                return []
            }
            importer.phase = .scanning
            importer.completions = []
            return [.findImportCandidates([path])]
        default:
            if TextField.edit(&importer.input, key) { importer.completions = [] }
        }
        return []
    }
}

/// Line editing shared by the passphrase, search and path fields.
enum TextField {
    /// Applies an editing key; returns whether the text changed.
    @discardableResult
    static func edit(_ text: inout String, _ key: Key) -> Bool {
        switch key {
        case .char(let character):
            text.append(character)
        case .backspace where !text.isEmpty:
            text.removeLast()
        case .ctrl("u"):
            text = ""
        case .ctrl("w"):
            while text.last == " " { text.removeLast() }
            while let last = text.last, last != " ", last != "/" { text.removeLast() }
        default:
            return false
        }
        return true
    }
}
