import WalletJSON

/// § 5.1.2 steps 7–20: expanding one JSON object.
extension Expander {
    /// Mutable state while the members of one object (and its `@nest`ed objects) are expanded.
    struct ObjectState {
        var result = JSONObject()
        var inputType: String?
    }

    func expandObject(
        _ startContext: ActiveContext, property: String?, _ element: JSONObject, baseURL: String?, fromMap: Bool
    ) throws(JSONLDError) -> JSONValue? {
        var active = startContext
        let propertyScoped = property.flatMap { startContext.terms[$0]?.context }
        if let previous = active.previous?.context, !fromMap, !keepsPropagatedContext(element, active) {
            active = previous
        }
        if let propertyScoped {
            active = try contexts.processScoped(active, propertyScoped, propagate: true, overrideProtected: true)
        }
        if let local = element["@context"] {
            active = try contexts.process(active, local, baseURL: baseURL)
        }
        let typeScoped = active
        var state = ObjectState()
        for key in element.keys.sorted() where active.expandIRI(key, vocab: true) == "@type" {
            let values = (element[key] ?? .null).asList.compactMap(\.stringValue)
            for value in values.sorted() {
                if let scoped = typeScoped.terms[value]?.context {
                    active = try contexts.processScoped(active, scoped, propagate: false, overrideProtected: false)
                }
            }
            if let last = values.last { state.inputType = typeScoped.expandIRI(last, vocab: true) }
        }
        try expandMembers(
            element, active: active, typeScoped: typeScoped, property: property, baseURL: baseURL, into: &state)
        return try finish(state.result, property: property)
    }

    /// Step 7: a type-scoped context stays in force only for value objects and node references.
    private func keepsPropagatedContext(_ element: JSONObject, _ active: ActiveContext) -> Bool {
        let expanded = element.keys.map { active.expandIRI($0, vocab: true) }
        if expanded.contains("@value") { return true }
        return expanded.count == 1 && expanded[0] == "@id"
    }

    /// Step 15: checks a value object; false when its `@value` is null (the object is dropped).
    static func isKeptValueObject(_ result: JSONObject, _ value: JSONValue) throws(JSONLDError) -> Bool {
        let allowed: Set<String> = ["@direction", "@index", "@language", "@type", "@value"]
        guard result.keys.allSatisfy(allowed.contains),
            !(result["@type"] != nil && (result["@language"] != nil || result["@direction"] != nil))
        else { throw JSONLDError(.invalidValueObject, result.keys.joined(separator: ", ")) }
        if result["@type"] == .string("@json") { return true }
        if value == .null { return false }
        if result["@language"] != nil, value.stringValue == nil {
            throw JSONLDError(.invalidLanguageTaggedValue, "\(value)")
        }
        if let type = result["@type"] {
            guard case .string(let iri) = type, IRI.isWellFormed(iri) else {
                throw JSONLDError(.invalidTypedValue, "\(type)")
            }
        }
        return true
    }

    /// Steps 15–19: value-object checks, `@type` arrays, `@set`/`@list` unwrapping and free-floating drops.
    func finish(_ input: JSONObject, property: String?) throws(JSONLDError) -> JSONValue? {
        var result = input
        if let value = result["@value"] {
            guard try Self.isKeptValueObject(result, value) else { return nil }
        } else if let type = result["@type"], type.arrayValue == nil {
            result["@type"] = .array([type])
        } else if result["@set"] != nil || result["@list"] != nil {
            guard result.count == 1 || (result.count == 2 && result["@index"] != nil) else {
                throw JSONLDError(.invalidSetOrListObject, result.keys.joined(separator: ", "))
            }
            if let set = result["@set"] {
                return set
            }
        }
        if result.count == 1, result["@language"] != nil { return nil }
        if result["@id"] == .null { return nil }
        if property == nil || property == "@graph" {
            if result.isEmpty || result["@value"] != nil || result["@list"] != nil { return nil }
            if result.count == 1, result["@id"] != nil { return nil }
        }
        return .object(result)
    }
}
