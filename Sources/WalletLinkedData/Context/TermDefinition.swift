import WalletJSON

/// A term's scoped context (`@context` inside a term definition), with a stable identity so that
/// applying it to an already-cached active context is itself a cache hit.
final class ScopedContext: Sendable, Equatable {
    let id: UInt64
    let value: JSONValue
    let baseURL: String?

    init(value: JSONValue, baseURL: String?) {
        self.id = ActiveContext.nextID()
        self.value = value
        self.baseURL = baseURL
    }

    static func == (lhs: ScopedContext, rhs: ScopedContext) -> Bool {
        lhs.value == rhs.value && lhs.baseURL == rhs.baseURL
    }
}

/// A processed term definition (JSON-LD 1.1 API § 4.2).
struct TermDefinition: Sendable, Equatable {
    /// The IRI mapping; nil when the term is explicitly mapped to null (drops its values).
    var iri: String?
    var isPrefix = false
    var isProtected = false
    var isReverse = false
    var typeMapping: String?
    var container: Set<String> = []
    /// Outer nil = not set (use the default language); inner nil = explicitly no language.
    var language: String??
    var direction: String??
    var context: ScopedContext?
    var nest: String?
    var index: String?

    /// Equality ignoring `@protected`, as the protected-redefinition check requires.
    func sameDefinition(as other: TermDefinition) -> Bool {
        var lhs = self
        var rhs = other
        lhs.isProtected = false
        rhs.isProtected = false
        return lhs == rhs
    }
}
