import Foundation

/// One result slot per pathway, filled from several threads.
///
/// Pathways that share no limit with another are independent, so `StackingEngine` solves them on
/// all cores; each worker writes only its own slots, under a lock, and the engine reads them after
/// every worker has finished.
final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [PathwayResult?]
    private var handedOut = 0

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// The next pathway index no worker has taken yet, or nil when all are taken. Handing work out
    /// one pathway at a time keeps every core busy even when a few pathways cost far more than the
    /// rest (a fixed split left one core idle while the other solved a degree).
    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard handedOut < slots.count else { return nil }
        handedOut += 1
        return handedOut - 1
    }

    func set(_ index: Int, _ result: PathwayResult) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = result
    }

    var results: [PathwayResult?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
