import WalletJSON

/// The Expansion algorithm (JSON-LD 1.1 API § 5.1.2), with an optional safe mode that turns every
/// silent drop into an error (as jsonld.js `safe: true`, which credential verifiers use).
struct Expander {
    let contexts: ContextProcessor
    let safeMode: Bool

    var jsonLD10: Bool { contexts.jsonLD10 }

    /// Expands `element` under `active`; nil means "nothing" (null or dropped).
    func expand(
        _ active: ActiveContext, property: String?, _ element: JSONValue, baseURL: String?, fromMap: Bool = false
    ) throws(JSONLDError) -> JSONValue? {
        let definition = property.flatMap { active.terms[$0] }
        switch element {
        case .null:
            return nil
        case .array(let items):
            var result: [JSONValue] = []
            for item in items {
                guard var expanded = try expand(active, property: property, item, baseURL: baseURL, fromMap: fromMap)
                else { continue }
                if definition?.container.contains("@list") == true, case .array = expanded {
                    expanded = .object(JSONObject([("@list", expanded)]))
                }
                if case .array(let inner) = expanded { result.append(contentsOf: inner) } else { result.append(expanded) }
            }
            return .array(result)
        case .object(let object):
            return try expandObject(active, property: property, object, baseURL: baseURL, fromMap: fromMap)
        default:
            guard let property, property != "@graph" else {
                if safeMode { throw JSONLDError(.safeModeViolation, "a value outside any property") }
                return nil
            }
            var context = active
            if let scoped = definition?.context {
                context = try contexts.processScoped(active, scoped, propagate: true, overrideProtected: true)
            }
            return .object(try expandValue(context, property: property, element))
        }
    }

    /// Value Expansion (§ 5.3.2).
    func expandValue(_ active: ActiveContext, property: String, _ value: JSONValue) throws(JSONLDError) -> JSONObject {
        let definition = active.terms[property]
        if case .string(let text) = value, let typeMapping = definition?.typeMapping,
            typeMapping == "@id" || typeMapping == "@vocab"
        {
            let iri = active.expandIRI(text, vocab: typeMapping == "@vocab", documentRelative: true)
            return JSONObject([("@id", try checkedReference(iri, original: text, what: "value of \(property)"))])
        }
        var result = JSONObject([("@value", value)])
        if let typeMapping = definition?.typeMapping, !["@id", "@vocab", "@none"].contains(typeMapping) {
            result["@type"] = .string(typeMapping)
        } else if case .string = value {
            let language = definition?.language ?? active.defaultLanguage
            if let language { result["@language"] = .string(language) }
            let direction = definition?.direction ?? active.defaultDirection
            if let direction { result["@direction"] = .string(direction) }
        }
        return result
    }

    /// A node reference after IRI expansion: in safe mode it must be absolute or a blank node.
    func checkedReference(_ iri: String?, original: String, what: String) throws(JSONLDError) -> JSONValue {
        guard let iri else {
            if safeMode { throw JSONLDError(.safeModeViolation, "\(what) \"\(original)\"") }
            return .null
        }
        if safeMode, !IRI.isAbsolute(iri), !IRI.isBlank(iri) {
            throw JSONLDError(.safeModeViolation, "relative IRI reference \"\(original)\" (\(what))")
        }
        return .string(iri)
    }
}
