import TermUI

extension AppState {
    /// Moves the cursor (list, stacking, share) or scrolls (detail, import results).
    mutating func move(_ intent: Intent) {
        let page = max(1, bodyHeight - 2)
        let step: Int
        switch intent {
        case .moveUp: step = -1
        case .moveDown: step = 1
        case .pageUp: step = -page
        case .pageDown: step = page
        case .top: step = Int.min / 2
        default: step = Int.max / 2
        }
        switch route {
        case .list: moveListCursor(step)
        case .detail:
            let current = detail?.offset ?? 0
            detail?.offset = max(0, current &+ step)
        case .stacking:
            let count = StackingTree.rows(stacking, overviews: list.all).count
            stacking.cursor = clamp(stacking.cursor &+ step, count)
        case .share: share.cursor = clamp(share.cursor &+ step, ShareScreen.optionCount)
        case .importer: importer.offset = clamp(importer.offset &+ step, importer.results.count)
        case .unlock: break
        }
        clampScrolling()
    }

    mutating func moveListCursor(_ step: Int) {
        let rows = list.rows
        guard !rows.isEmpty else { return }
        let target = clamp(list.cursor &+ step, rows.count)
        let direction = step < 0 ? -1 : 1
        list.cursor = list.firstItemRow(from: target, step: direction)
            ?? list.firstItemRow(from: target, step: -direction) ?? list.cursor
    }

    /// Keeps every cursor inside its list and visible in the body (after moves and resizes).
    mutating func clampScrolling() {
        let listHeight = ListScreen.tableHeight(self)
        list.cursor = clamp(list.cursor, list.rows.count)
        list.offset = ListView.scrollOffset(selected: list.cursor, current: list.offset, height: max(1, listHeight))
        if list.cursor == 0 || list.firstItemRow(from: list.cursor - 1, step: -1) == nil {
            list.offset = 0
        }
        if let current = detail {
            let count = DetailScreen.content(current, theme: theme, width: size.width - 2).count
            let clamped = max(0, min(current.offset, count - bodyHeight))
            detail?.offset = clamped
        }
        guard route == .stacking else { return }
        let stackRows = StackingTree.rows(stacking, overviews: list.all).count
        stacking.cursor = clamp(stacking.cursor, stackRows)
        stacking.offset = ListView.scrollOffset(selected: stacking.cursor, current: stacking.offset, height: max(1, bodyHeight - 1))
    }
}

/// `value` limited to the indexes of a collection of `count` elements (0 when empty).
func clamp(_ value: Int, _ count: Int) -> Int {
    max(0, min(value, count - 1))
}
