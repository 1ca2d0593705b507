import Foundation

/// The active context of JSON-LD 1.1 (API § 4.1): term definitions plus defaults.
///
/// A value type; `id` identifies one processed state so processed contexts can be cached by
/// (active context id, context URL) — every document naming the same contexts reuses the result.
public struct ActiveContext: Sendable {
    var id: UInt64
    var terms: [String: TermDefinition] = [:]
    var base: String?
    var originalBase: String?
    var vocab: String?
    var defaultLanguage: String?
    var defaultDirection: String?
    var previous: PreviousContext?

    /// The initial context for documents at `base` (nil for credentials: relative IRIs stay relative).
    public init(base: String? = nil) {
        self.id = base == nil ? 0 : Self.nextID()
        self.base = base
        self.originalBase = base
    }

    var hasProtectedTerms: Bool { terms.values.contains { $0.isProtected } }

    /// A fresh identity after a change.
    mutating func renew() { id = Self.nextID() }

    private static let counterLock = NSLock()
    nonisolated(unsafe) private static var counter: UInt64 = 0

    static func nextID() -> UInt64 {
        counterLock.lock()
        defer { counterLock.unlock() }
        counter += 1
        return counter
    }
}

/// Box for the context to revert to when a non-propagated (type-scoped) context ends.
final class PreviousContext: Sendable {
    let context: ActiveContext

    init(_ context: ActiveContext) {
        self.context = context
    }
}
