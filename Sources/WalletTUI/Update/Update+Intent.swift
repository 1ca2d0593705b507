import TermUI
import WalletModel

extension AppState {
    /// Carries out an enabled intent on the current screen.
    mutating func perform(_ intent: Intent) -> [Effect] {
        switch intent {
        case .quit:
            isQuitting = true
            return [.quit]
        case .help:
            modal = .help(offset: 0)
        case .suspend:
            return [.suspend]
        case .cycleTheme:
            let index = themes.firstIndex { $0.name == theme.name } ?? -1
            theme = themes[(index + 1) % themes.count]
            message = "Theme: \(theme.name)"
        case .back:
            route = .list
            detail = nil
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            move(intent)
        default:
            return performOnScreen(intent)
        }
        return []
    }

    mutating func performOnScreen(_ intent: Intent) -> [Effect] {
        switch route {
        case .list: return performOnList(intent)
        case .detail:
            if intent == .toggleRaw {
                detail?.showRaw.toggle()
                detail?.offset = 0
            }
        case .stacking: performOnStacking(intent)
        case .share: return performOnShare(intent)
        case .importer:
            if intent == .newImport { importer = ImportState(input: importer.input) }
        case .unlock: break
        }
        return []
    }

    mutating func performOnList(_ intent: Intent) -> [Effect] {
        switch intent {
        case .open:
            guard let selected = list.selected else { return [] }
            detail = DetailState(id: selected.id)
            route = .detail
            return [.loadCredential(selected.id)]
        case .search:
            list.searching = true
        case .mark:
            guard let id = list.selected?.id else { return [] }
            if list.marked.remove(id) == nil { list.marked.insert(id) }
            move(.moveDown)
        case .share:
            if list.marked.isEmpty, let id = list.selected?.id { list.marked.insert(id) }
            share = ShareState(options: share.options)
            route = .share
        case .importFiles:
            importer = ImportState()
            route = .importer
        case .stacking:
            stacking = StackingState()
            route = .stacking
            return [.loadStacking]
        default:
            changeListView(intent)
        }
        return []
    }

    /// Sorting, filtering and grouping: each recomputes the rows once.
    mutating func changeListView(_ intent: Intent) {
        switch intent {
        case .sort:
            let keys = ListState.SortKey.allCases
            list.sort = keys[((keys.firstIndex(of: list.sort) ?? 0) + 1) % keys.count]
            list.descending = list.sort == .date || list.sort == .workload
        case .reverseSort: list.descending.toggle()
        case .verifiedOnly: list.filter.verifiedOnly.toggle()
        case .issuerFilter:
            let issuers = Set(list.all.compactMap { $0.awardingBody?.name }).sorted()
            list.filter.issuer = ListFilter.next(after: list.filter.issuer, in: issuers)
        case .levelFilter:
            let levels = Set(list.all.compactMap(\.eqfLevel)).sorted()
            list.filter.level = ListFilter.next(after: list.filter.level, in: levels)
        case .formatFilter:
            let formats = CredentialFormat.allCases.filter { format in list.all.contains { $0.format == format } }
            list.filter.format = ListFilter.next(after: list.filter.format, in: formats)
        case .clearFilters:
            list.filter = ListFilter()
            list.query = ""
        case .group:
            let modes = ListState.Grouping.allCases
            list.grouping = modes[((modes.firstIndex(of: list.grouping) ?? 0) + 1) % modes.count]
        default: return
        }
        list.refresh()
        list.offset = 0
        clampScrolling()
    }

    mutating func performOnStacking(_ intent: Intent) {
        let rows = StackingTree.rows(stacking, overviews: list.all)
        guard rows.indices.contains(stacking.cursor) else { return }
        let row = rows[stacking.cursor]
        switch intent {
        case .expand where row.expandable:
            if stacking.expanded.remove(row.path) == nil { stacking.expanded.insert(row.path) }
        case .collapse:
            if stacking.expanded.remove(row.path) == nil, let parent = row.parentPath {
                stacking.expanded.remove(parent)
                stacking.cursor = rows.firstIndex { $0.path == parent } ?? stacking.cursor
            }
        default: break
        }
    }

    mutating func performOnShare(_ intent: Intent) -> [Effect] {
        switch intent {
        case .toggleOption:
            switch share.cursor {
            case 0: share.options.includeOriginals.toggle()
            case 1: share.options.includeProgress.toggle()
            default:
                let choices = ExportOptions.validityChoices
                let index = choices.firstIndex(of: share.options.validDays) ?? 0
                share.options.validDays = choices[(index + 1) % choices.count]
            }
        case .export:
            share.exporting = true
            share.error = nil
            share.resultPath = nil
            let ids = list.visibleItems.map(\.id).filter { list.marked.contains($0) }
            let rest = list.marked.subtracting(ids).sorted()
            return [.export(ids + rest, share.options)]
        default: break
        }
        return []
    }
}
