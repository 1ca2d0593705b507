import TermUI
import WalletModel

/// Applies one action to the state and returns the effects to run: the only place state changes.
///
/// Pure: no I/O, no clock, no randomness. The runtime runs the effects and feeds results back.
public func update(_ state: inout AppState, _ action: Action, keys: KeyMap = .default) -> [Effect] {
    switch action {
    case .event(.key(let key)):
        return state.handleKey(key, keys: keys)
    case .event(.resize(let size)):
        state.size = size
        state.clampScrolling()
        return []
    case .event(.paste(let text)):
        return state.handlePaste(text)
    default:
        return state.handleResult(action)
    }
}

extension AppState {
    /// Results of effects coming back from the runtime.
    mutating func handleResult(_ action: Action) -> [Effect] {
        switch action {
        case .unlocked:
            unlock = UnlockState()
            route = .list
            return [.loadOverviews]
        case .unlockFailed(let reason):
            unlock.busy = false
            unlock.attempts += 1
            unlock.error = reason
        case .overviewsLoaded(let overviews):
            list.load(overviews)
            list.error = nil
            clampScrolling()
        case .overviewsFailed(let reason):
            list.error = reason
            message = .error(reason)
        default:
            return handleScreenResult(action)
        }
        return []
    }

    /// Results for the detail, stacking and share screens.
    mutating func handleScreenResult(_ action: Action) -> [Effect] {
        switch action {
        case .credentialLoaded(let credential):
            if detail?.id == credential.id { detail?.credential = credential }
        case .credentialFailed(let id, let reason):
            if detail?.id == id { detail?.error = reason }
        case .stackingLoaded(let pathways):
            stacking.pathways = pathways
            stacking.loaded = true
            stacking.error = nil
        case .stackingFailed(let reason):
            stacking.loaded = true
            stacking.error = reason
        case .exported(let path):
            share.exporting = false
            share.resultPath = path
            share.error = nil
            message = "Exported to \(path)"
        case .exportFailed(let reason):
            share.exporting = false
            share.error = reason
        default:
            return handleImportResult(action)
        }
        return []
    }

    mutating func handleImportResult(_ action: Action) -> [Effect] {
        switch action {
        case .completionsFound(let candidates):
            return applyCompletions(candidates)
        case .importCandidatesFound(let files):
            importer.queue = files
            importer.total = files.count
            importer.results = []
            importer.phase = files.isEmpty ? .finished : .running
            if files.isEmpty { message = "Nothing to import there" }
            return nextImport()
        case .fileImported(let result):
            importer.results.append(result)
            return nextImport()
        default:
            return []
        }
    }

    /// Starts the next queued file, or finishes (reloading the list when something was imported).
    mutating func nextImport() -> [Effect] {
        guard importer.phase == .running else { return [] }
        if importer.queue.isEmpty {
            importer.phase = .finished
            let imported = importer.results.filter { $0.status == .imported }.count
            message = "Imported \(imported) of \(importer.total) file\(importer.total == 1 ? "" : "s")"
            return imported > 0 ? [.loadOverviews] : []
        }
        return [.importFile(importer.queue.removeFirst())]
    }

    mutating func applyCompletions(_ candidates: [String]) -> [Effect] {
        importer.completions = candidates
        let common = PathCompletion.commonPrefix(candidates)
        if common.count > importer.input.count { importer.input = common }
        if candidates.isEmpty { message = "No completions" }
        return []
    }

    mutating func handlePaste(_ text: String) -> [Effect] {
        let clean = text.filter { !$0.isNewline }
        switch route {
        case .unlock: unlock.input += clean
        case .importer where importer.phase == .editing: importer.input += clean
        case .list where list.searching:
            list.query += clean
            list.refresh()
        default: break
        }
        return []
    }
}
