import WalletJSON

/// Steps 10–26 of Create Term Definition.
extension TermDefinitionBuilder {
    mutating func build(
        _ term: String, _ value: JSONObject, simpleTerm: Bool, in active: inout ActiveContext
    ) throws(JSONLDError) -> TermDefinition? {
        var definition = TermDefinition()
        for key in value.keys where !Self.allowedKeys.contains(key) {
            throw JSONLDError(.invalidTermDefinition, "\(term) has the member \(key)")
        }
        definition.isProtected = protectedDefault
        if let flag = value["@protected"] {
            guard case .bool(let isProtected) = flag else { throw JSONLDError(.invalidProtectedValue, term) }
            definition.isProtected = isProtected
        }
        if let type = value["@type"] {
            definition.typeMapping = try typeMapping(type, term: term, in: &active)
        }
        if let reverse = value["@reverse"] {
            let kept = try buildReverse(term, reverse, value, into: &definition, in: &active)
            return kept ? definition : nil
        }
        guard try mapIRI(term, value, simpleTerm: simpleTerm, into: &definition, in: &active) else { return nil }
        try applyOptions(term, value, into: &definition, in: &active)
        return definition
    }

    private mutating func typeMapping(
        _ type: JSONValue, term: String, in active: inout ActiveContext
    ) throws(JSONLDError) -> String {
        guard case .string(let text) = type,
            let expanded = try expandIRI(text, in: &active, vocab: true)
        else { throw JSONLDError(.invalidTypeMapping, term) }
        let keywords: Set<String> = processor.jsonLD10 ? ["@id", "@vocab"] : ["@id", "@json", "@none", "@vocab"]
        guard keywords.contains(expanded) || (!Keywords.isKeyword(expanded) && IRI.isAbsolute(expanded)) else {
            throw JSONLDError(.invalidTypeMapping, "\(term): \(text)")
        }
        return expanded
    }

    /// Returns false when the term is to be ignored (its reverse IRI looks like a keyword).
    private mutating func buildReverse(
        _ term: String, _ reverse: JSONValue, _ value: JSONObject, into definition: inout TermDefinition,
        in active: inout ActiveContext
    ) throws(JSONLDError) -> Bool {
        if value["@id"] != nil || value["@nest"] != nil { throw JSONLDError(.invalidReverseProperty, term) }
        guard case .string(let text) = reverse else { throw JSONLDError(.invalidIRIMapping, term) }
        if IRI.looksLikeKeyword(text) { return false }
        guard let iri = try expandIRI(text, in: &active, vocab: true), iri.contains(":") else {
            throw JSONLDError(.invalidIRIMapping, "\(term): \(text)")
        }
        definition.iri = iri
        if let container = value["@container"] {
            guard container == .null || container == .string("@set") || container == .string("@index") else {
                throw JSONLDError(.invalidReverseProperty, term)
            }
            if case .string(let mapping) = container { definition.container = [mapping] }
        }
        definition.isReverse = true
        return true
    }

    /// Step 14: an explicit `@id` other than the term itself.
    private mutating func mapExplicitIRI(
        _ term: String, _ id: JSONValue, simpleTerm: Bool, into definition: inout TermDefinition,
        in active: inout ActiveContext
    ) throws(JSONLDError) -> Bool {
        guard case .string(let text) = id else {
            if id == .null { return true }
            throw JSONLDError(.invalidIRIMapping, term)
        }
        if !Keywords.isKeyword(text), IRI.looksLikeKeyword(text) { return false }
        guard let iri = try expandIRI(text, in: &active, vocab: true),
            Keywords.isKeyword(iri) || iri.contains(":")
        else { throw JSONLDError(.invalidIRIMapping, "\(term): \(text)") }
        if iri == "@context" { throw JSONLDError(.invalidKeywordAlias, term) }
        definition.iri = iri
        let inner = term.dropFirst().dropLast()
        if inner.contains(":") || term.contains("/") {
            defined[term] = true
            guard try expandIRI(term, in: &active, vocab: true) == iri else {
                throw JSONLDError(.invalidIRIMapping, "\(term) does not expand to \(iri)")
            }
        }
        if !term.contains(":"), !term.contains("/"), simpleTerm,
            iri.hasPrefix("_:") || iri.last.map({ ":/?#[]@".contains($0) }) == true
        {
            definition.isPrefix = true
        }
        return true
    }

    /// Steps 14–18: the IRI mapping. Returns false when the term is to be ignored (`@id` looks
    /// like a keyword but is none).
    private mutating func mapIRI(
        _ term: String, _ value: JSONObject, simpleTerm: Bool, into definition: inout TermDefinition,
        in active: inout ActiveContext
    ) throws(JSONLDError) -> Bool {
        if let id = value["@id"], id != .string(term) {
            return try mapExplicitIRI(term, id, simpleTerm: simpleTerm, into: &definition, in: &active)
        } else if let colon = term.dropFirst().firstIndex(of: ":") {
            let prefix = String(term[..<colon])
            let suffix = term[term.index(after: colon)...]
            if local[prefix] != nil { try define(prefix, in: &active) }
            if let prefixIRI = active.terms[prefix]?.iri {
                definition.iri = prefixIRI + suffix
            } else {
                definition.iri = term
            }
        } else if term.contains("/") {
            guard let iri = active.expandIRI(term, vocab: true), IRI.isAbsolute(iri) else {
                throw JSONLDError(.invalidIRIMapping, term)
            }
            definition.iri = iri
        } else if term == "@type" {
            definition.iri = "@type"
        } else if let vocab = active.vocab {
            definition.iri = vocab + term
        } else {
            throw JSONLDError(.invalidIRIMapping, "\(term) has no IRI and there is no @vocab")
        }
        return true
    }
}
