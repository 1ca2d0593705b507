import Foundation

/// Thread-safe cache of processed contexts keyed by (active context id, what was applied).
///
/// Context processing is the expensive part of expanding a credential (VC v2 + OB 3.0 define
/// hundreds of terms); with this cache each context is processed once per process lifetime.
final class ContextCache: @unchecked Sendable {
    /// (active context, what was applied): a context URL, or a scoped context's id plus flags.
    struct Key: Hashable {
        let activeID: UInt64
        let url: String
        let scopedID: UInt64
        let flags: UInt8

        init(activeID: UInt64, url: String) {
            self.activeID = activeID
            self.url = url
            self.scopedID = 0
            self.flags = 0
        }

        init(activeID: UInt64, scopedID: UInt64, propagate: Bool, overrideProtected: Bool) {
            self.activeID = activeID
            self.url = ""
            self.scopedID = scopedID
            self.flags = (propagate ? 1 : 0) | (overrideProtected ? 2 : 0)
        }
    }

    private let lock = NSLock()
    private var entries: [Key: ActiveContext] = [:]
    /// Bound on entries so hostile input cannot grow memory without limit.
    private let capacity: Int

    init(capacity: Int = 4_096) {
        self.capacity = capacity
    }

    func value(for key: Key) -> ActiveContext? {
        lock.lock()
        defer { lock.unlock() }
        return entries[key]
    }

    func store(_ context: ActiveContext, for key: Key) {
        lock.lock()
        defer { lock.unlock() }
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = context
    }
}
