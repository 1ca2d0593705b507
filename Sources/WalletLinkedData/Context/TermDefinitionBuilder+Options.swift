import WalletJSON

/// Steps 19–25 of Create Term Definition: container, index, scoped context, language, direction,
/// nest and prefix.
extension TermDefinitionBuilder {
    mutating func applyOptions(
        _ term: String, _ value: JSONObject, into definition: inout TermDefinition, in active: inout ActiveContext
    ) throws(JSONLDError) {
        if let container = value["@container"] {
            definition.container = try Self.containerMapping(container, term: term, jsonLD10: processor.jsonLD10)
            if definition.container.contains("@type") {
                if definition.typeMapping == nil { definition.typeMapping = "@id" }
                guard definition.typeMapping == "@id" || definition.typeMapping == "@vocab" else {
                    throw JSONLDError(.invalidTypeMapping, term)
                }
            }
        }
        if let index = value["@index"] {
            guard !processor.jsonLD10, definition.container.contains("@index"), case .string(let text) = index,
                !Keywords.isKeyword(text),
                let expanded = try expandIRI(text, in: &active, vocab: true), IRI.isAbsolute(expanded)
            else { throw JSONLDError(.invalidTermDefinition, "\(term): bad @index") }
            definition.index = text
        }
        try applyScopedContext(term, value, into: &definition, in: &active)
        try applyLanguageAndDirection(term, value, into: &definition)
        try applyNestAndPrefix(term, value, into: &definition)
    }

    private func applyScopedContext(
        _ term: String, _ value: JSONObject, into definition: inout TermDefinition, in active: inout ActiveContext
    ) throws(JSONLDError) {
        if let context = value["@context"] {
            do {
                _ = try processor.process(
                    active, context, baseURL: baseURL, remoteContexts: remoteContexts, overrideProtected: true,
                    validateScoped: false)
            } catch {
                throw JSONLDError(.invalidScopedContext, "\(term): \(error.description)")
            }
            definition.context = ScopedContext(value: context, baseURL: baseURL)
        }
    }

    private func applyLanguageAndDirection(
        _ term: String, _ value: JSONObject, into definition: inout TermDefinition
    ) throws(JSONLDError) {
        if value["@type"] == nil {
            if let language = value["@language"] {
                switch language {
                case .null: definition.language = .some(nil)
                case .string(let tag): definition.language = .some(tag)
                default: throw JSONLDError(.invalidLanguageMapping, term)
                }
            }
            if let direction = value["@direction"] {
                switch direction {
                case .null: definition.direction = .some(nil)
                case .string(let text) where text == "ltr" || text == "rtl": definition.direction = .some(text)
                default: throw JSONLDError(.invalidBaseDirection, term)
                }
            }
        }
    }

    private func applyNestAndPrefix(
        _ term: String, _ value: JSONObject, into definition: inout TermDefinition
    ) throws(JSONLDError) {
        if let nest = value["@nest"] {
            guard case .string(let text) = nest, text == "@nest" || !Keywords.isKeyword(text) else {
                throw JSONLDError(.invalidNestValue, term)
            }
            definition.nest = text
        }
        if let prefix = value["@prefix"] {
            if term.contains(":") || term.contains("/") { throw JSONLDError(.invalidTermDefinition, term) }
            guard case .bool(let flag) = prefix else { throw JSONLDError(.invalidPrefixValue, term) }
            if flag, let iri = definition.iri, Keywords.isKeyword(iri) {
                throw JSONLDError(.invalidTermDefinition, term)
            }
            definition.isPrefix = flag
        }
    }

    static func containerMapping(_ value: JSONValue, term: String, jsonLD10: Bool) throws(JSONLDError) -> Set<String> {
        let items: [JSONValue] = if case .array(let array) = value, !jsonLD10 { array } else { [value] }
        var result: Set<String> = []
        for item in items {
            guard case .string(let text) = item else { throw JSONLDError(.invalidContainerMapping, term) }
            result.insert(text)
        }
        let valid: Set<String> = ["@graph", "@id", "@index", "@language", "@list", "@set", "@type"]
        guard result.isSubset(of: valid), isValidCombination(result) else {
            throw JSONLDError(.invalidContainerMapping, term)
        }
        if jsonLD10, !result.isDisjoint(with: ["@graph", "@id", "@type"]) {
            throw JSONLDError(.invalidContainerMapping, term)
        }
        return result
    }

    private static func isValidCombination(_ set: Set<String>) -> Bool {
        if set.count <= 1 { return true }
        if set.contains("@list") { return false }
        if set.contains("@graph") {
            return set.subtracting(["@graph", "@id", "@index", "@set"]).isEmpty
                && !(set.contains("@id") && set.contains("@index"))
        }
        if set.contains("@set") {
            return set.count == 2
        }
        return false
    }
}
