import WalletJSON

/// § 5.1.2 step 13.4: members whose key is (an alias of) a keyword.
extension Expander {
    func expandKeyword(
        _ key: String, _ keyword: String, _ value: JSONValue, active: ActiveContext, typeScoped: ActiveContext,
        property: String?, baseURL: String?, into state: inout ObjectState
    ) throws(JSONLDError) {
        if property == "@reverse" { throw JSONLDError(.invalidReversePropertyMap, key) }
        if state.result[keyword] != nil, keyword != "@included", keyword != "@type" {
            throw JSONLDError(.collidingKeywords, keyword)
        }
        var expanded: JSONValue?
        switch keyword {
        case "@id":
            guard case .string(let text) = value else { throw JSONLDError(.invalidIDValue, "\(value)") }
            let iri = active.expandIRI(text, vocab: false, documentRelative: true)
            expanded = try checkedReference(iri, original: text, what: "@id")
        case "@type":
            expanded = try expandType(value, typeScoped: typeScoped, existing: state.result["@type"])
        case "@graph":
            expanded = .array((try expand(active, property: "@graph", value, baseURL: baseURL))?.asList ?? [])
        case "@included":
            expanded = try expandIncluded(value, active: active, baseURL: baseURL, existing: state.result["@included"])
        case "@value":
            state.result["@value"] = try checkedValue(value, inputType: state.inputType)
            return
        case "@language", "@direction", "@index":
            expanded = try checkedValueMember(keyword, value)
        case "@list":
            guard property != nil, property != "@graph" else { return }
            expanded = .array((try expand(active, property: property, value, baseURL: baseURL))?.asList ?? [])
        case "@set":
            expanded = try expand(active, property: property, value, baseURL: baseURL)
        case "@reverse":
            try expandReverse(value, active: active, baseURL: baseURL, into: &state)
            return
        default:
            return
        }
        if let expanded { state.result[keyword] = expanded }
    }

    /// Step 13.4.7: the `@value` member (any JSON for `@json` values, otherwise a scalar).
    private func checkedValue(_ value: JSONValue, inputType: String?) throws(JSONLDError) -> JSONValue {
        if inputType == "@json" {
            if jsonLD10 { throw JSONLDError(.invalidValueObjectValue, "@json in json-ld-1.0 mode") }
            return value
        }
        switch value {
        case .array, .object: throw JSONLDError(.invalidValueObjectValue, "\(value)")
        default: return value
        }
    }

    /// Steps 13.4.8–13.4.10: `@language` and `@index` strings, `@direction` `ltr`/`rtl`.
    private func checkedValueMember(_ keyword: String, _ value: JSONValue) throws(JSONLDError) -> JSONValue {
        switch keyword {
        case "@language":
            guard case .string = value else { throw JSONLDError(.invalidLanguageTaggedString, "\(value)") }
        case "@direction":
            guard value == .string("ltr") || value == .string("rtl") else {
                throw JSONLDError(.invalidBaseDirection, "\(value)")
            }
        default:
            guard case .string = value else { throw JSONLDError(.invalidIndexValue, "\(value)") }
        }
        return value
    }

    /// Step 13.4.4: `@type` values are IRIs expanded with the type-scoped context; safe mode
    /// rejects relative ones ("Relative @type reference").
    private func expandType(
        _ value: JSONValue, typeScoped: ActiveContext, existing: JSONValue?
    ) throws(JSONLDError) -> JSONValue {
        var types: [JSONValue] = existing?.asList ?? []
        let items: [JSONValue] = if case .array(let array) = value { array } else { [value] }
        for item in items {
            guard case .string(let text) = item else { throw JSONLDError(.invalidTypeValue, "\(value)") }
            guard let iri = typeScoped.expandIRI(text, vocab: true, documentRelative: true) else {
                if safeMode { throw JSONLDError(.safeModeViolation, "the type \"\(text)\" maps to nothing") }
                continue
            }
            if safeMode, !IRI.isAbsolute(iri), !IRI.isBlank(iri) {
                throw JSONLDError(.safeModeViolation, "relative @type reference \"\(text)\"")
            }
            types.append(.string(iri))
        }
        if existing == nil, case .string = value, let first = types.first { return first }
        return .array(types)
    }

    private func expandIncluded(
        _ value: JSONValue, active: ActiveContext, baseURL: String?, existing: JSONValue?
    ) throws(JSONLDError) -> JSONValue {
        if jsonLD10 { throw JSONLDError(.invalidIncludedValue, "@included in json-ld-1.0 mode") }
        let items = (try expand(active, property: "@included", value, baseURL: baseURL))?.asList ?? []
        for item in items {
            guard case .object(let object) = item, object["@value"] == nil, object["@list"] == nil,
                object["@set"] == nil
            else { throw JSONLDError(.invalidIncludedValue, "\(item)") }
        }
        return .array((existing?.asList ?? []) + items)
    }

    /// Step 13.4.13: `@reverse` maps.
    private func expandReverse(
        _ value: JSONValue, active: ActiveContext, baseURL: String?, into state: inout ObjectState
    ) throws(JSONLDError) {
        guard case .object = value else { throw JSONLDError(.invalidReverseValue, "\(value)") }
        guard case .object(let expanded)? = try expand(active, property: "@reverse", value, baseURL: baseURL) else {
            return
        }
        if case .object(let doubled)? = expanded["@reverse"] {
            for (property, items) in doubled { Self.add(items, to: property, in: &state.result) }
        }
        var reverseMap = state.result["@reverse"]?.objectValue ?? JSONObject()
        for (property, items) in expanded where property != "@reverse" {
            for item in items.asList {
                if item["@value"] != nil || item["@list"] != nil {
                    throw JSONLDError(.invalidReversePropertyValue, property)
                }
                Self.add(item, to: property, in: &reverseMap)
            }
        }
        if !reverseMap.isEmpty { state.result["@reverse"] = .object(reverseMap) }
    }
}
