import WalletJSON

/// Create Term Definition (JSON-LD 1.1 API § 4.2.2) for the terms of one local context object.
struct TermDefinitionBuilder {
    let processor: ContextProcessor
    let local: JSONObject
    let baseURL: String?
    let protectedDefault: Bool
    let overrideProtected: Bool
    let remoteContexts: [String]
    /// true = done, false = in progress (a cycle if met again).
    var defined: [String: Bool] = [:]

    static let allowedKeys: Set<String> = [
        "@id", "@reverse", "@container", "@context", "@direction", "@index", "@language", "@nest", "@prefix",
        "@protected", "@type",
    ]

    init(
        processor: ContextProcessor, local: JSONObject, baseURL: String?, protectedDefault: Bool,
        overrideProtected: Bool, remoteContexts: [String]
    ) {
        self.processor = processor
        self.local = local
        self.baseURL = baseURL
        self.protectedDefault = protectedDefault
        self.overrideProtected = overrideProtected
        self.remoteContexts = remoteContexts
    }

    mutating func define(_ term: String, in active: inout ActiveContext) throws(JSONLDError) {
        if let state = defined[term] {
            if state { return }
            throw JSONLDError(.cyclicIRIMapping, term)
        }
        guard !term.isEmpty else { throw JSONLDError(.invalidTermDefinition, "empty term") }
        defined[term] = false
        let value = local[term] ?? .null
        if term == "@type", !processor.jsonLD10 {
            try checkTypeRedefinition(value)
        } else if Keywords.isKeyword(term) {
            throw JSONLDError(.keywordRedefinition, term)
        } else if IRI.looksLikeKeyword(term) {
            defined[term] = true
            return
        }
        let previous = active.terms.removeValue(forKey: term)
        let (object, simpleTerm) = try Self.normalise(value, term: term)
        guard var definition = try build(term, object, simpleTerm: simpleTerm, in: &active) else {
            defined[term] = true
            return
        }
        if !overrideProtected, let previous, previous.isProtected {
            guard definition.sameDefinition(as: previous) else {
                throw JSONLDError(.protectedTermRedefinition, term)
            }
            definition = previous
        }
        active.terms[term] = definition
        defined[term] = true
    }

    private func checkTypeRedefinition(_ value: JSONValue) throws(JSONLDError) {
        guard case .object(let object) = value, !object.isEmpty,
            object.keys.allSatisfy({ $0 == "@container" || $0 == "@protected" }),
            object["@container"] == nil || object["@container"] == .string("@set")
        else { throw JSONLDError(.keywordRedefinition, "@type") }
    }

    /// Steps 7–9: null and string shorthands as expanded objects.
    static func normalise(_ value: JSONValue, term: String) throws(JSONLDError) -> (JSONObject, Bool) {
        switch value {
        case .null: (JSONObject([("@id", .null)]), false)
        case .string(let text): (JSONObject([("@id", .string(text))]), true)
        case .object(let object): (object, false)
        default: throw JSONLDError(.invalidTermDefinition, term)
        }
    }

    /// IRI expansion while a context is being processed: terms of `local` are defined on demand.
    mutating func expandIRI(
        _ value: String, in active: inout ActiveContext, vocab: Bool, documentRelative: Bool = false
    ) throws(JSONLDError) -> String? {
        if Keywords.isKeyword(value) { return value }
        if IRI.looksLikeKeyword(value) { return nil }
        if local[value] != nil, defined[value] != true { try define(value, in: &active) }
        if let colon = value.firstIndex(of: ":"), colon != value.startIndex {
            let prefix = String(value[..<colon])
            let suffix = value[value.index(after: colon)...]
            if prefix != "_", !suffix.hasPrefix("//"), local[prefix] != nil, defined[prefix] != true {
                try define(prefix, in: &active)
            }
        }
        return active.expandIRI(value, vocab: vocab, documentRelative: documentRelative)
    }
}
