import Foundation

/// One result slot per pathway, filled from several threads.
///
/// Pathways that share no limit with another are independent, so `StackingEngine` solves them on
/// all cores; each worker writes only its own slots, under a lock, and the engine reads them after
/// every worker has finished.
final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [PathwayResult?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
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
