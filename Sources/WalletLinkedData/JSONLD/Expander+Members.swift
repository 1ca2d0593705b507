import WalletJSON

/// § 5.1.2 steps 13–14: each member of an object.
extension Expander {
    func expandMembers(
        _ element: JSONObject, active: ActiveContext, typeScoped: ActiveContext, property: String?, baseURL: String?,
        into state: inout ObjectState
    ) throws(JSONLDError) {
        var nests: [String] = []
        for (key, value) in element where key != "@context" {
            let expandedProperty = active.expandIRI(key, vocab: true)
            guard let expandedProperty, expandedProperty.utf8.contains(UInt8(ascii: ":")) || Keywords.isKeyword(expandedProperty) else {
                if safeMode { throw JSONLDError(.safeModeViolation, "the term \"\(key)\" is not defined by the context") }
                continue
            }
            if Keywords.isKeyword(expandedProperty) {
                if expandedProperty == "@nest" {
                    nests.append(key)
                    continue
                }
                try expandKeyword(
                    key, expandedProperty, value, active: active, typeScoped: typeScoped, property: property,
                    baseURL: baseURL, into: &state)
                continue
            }
            try expandProperty(key, expandedProperty, value, active: active, baseURL: baseURL, into: &state)
        }
        for key in nests.sorted() {
            var nestContext = active
            if let scoped = active.terms[key]?.context {
                nestContext = try contexts.processScoped(active, scoped, propagate: true, overrideProtected: true)
            }
            for nested in (element[key] ?? .null).asList {
                guard case .object(let object) = nested,
                    !object.keys.contains(where: { active.expandIRI($0, vocab: true) == "@value" })
                else { throw JSONLDError(.invalidNestValue, key) }
                try expandMembers(
                    object, active: nestContext, typeScoped: typeScoped, property: property, baseURL: baseURL,
                    into: &state)
            }
        }
    }

    /// Steps 13.5–13.14: a member whose key expands to an IRI.
    private func expandProperty(
        _ key: String, _ expandedProperty: String, _ value: JSONValue, active: ActiveContext, baseURL: String?,
        into state: inout ObjectState
    ) throws(JSONLDError) {
        let definition = active.terms[key]
        let container = definition?.container ?? []
        var expanded: JSONValue?
        if definition?.typeMapping == "@json" {
            expanded = .object(JSONObject([("@value", value), ("@type", .string("@json"))]))
        } else if container.contains("@language"), case .object(let map) = value {
            expanded = try expandLanguageMap(map, definition: definition, active: active)
        } else if !container.isDisjoint(with: ["@index", "@type", "@id"]), case .object(let map) = value {
            expanded = try expandIndexMap(key, map, container: container, active: active, baseURL: baseURL)
        } else {
            expanded = try expand(active, property: key, value, baseURL: baseURL)
        }
        guard var expandedValue = expanded else { return }
        if container.contains("@list"), expandedValue["@list"] == nil {
            expandedValue = .object(JSONObject([("@list", .array(expandedValue.asList))]))
        }
        if container.contains("@graph"), !container.contains("@id"), !container.contains("@index") {
            expandedValue = .array(expandedValue.asList.map { .object(JSONObject([("@graph", .array($0.asList))])) })
        }
        if definition?.isReverse == true {
            var reverseMap = state.result["@reverse"]?.objectValue ?? JSONObject()
            for item in expandedValue.asList {
                if item["@value"] != nil || item["@list"] != nil {
                    throw JSONLDError(.invalidReversePropertyValue, key)
                }
                Self.add(item, to: expandedProperty, in: &reverseMap)
            }
            state.result["@reverse"] = .object(reverseMap)
        } else {
            Self.add(expandedValue, to: expandedProperty, in: &state.result)
        }
    }

    /// Appends `value` (flattening arrays) to the array at `key`.
    static func add(_ value: JSONValue, to key: String, in object: inout JSONObject) {
        var items = object[key]?.asList ?? []
        if case .array(let values) = value { items.append(contentsOf: values) } else { items.append(value) }
        object[key] = .array(items)
    }

    /// Step 13.7: a language map.
    private func expandLanguageMap(
        _ map: JSONObject, definition: TermDefinition?, active: ActiveContext
    ) throws(JSONLDError) -> JSONValue {
        var result: [JSONValue] = []
        let direction = definition?.direction ?? active.defaultDirection
        for language in map.keys.sorted() {
            for item in (map[language] ?? .null).asList {
                guard item != .null else { continue }
                guard case .string = item else { throw JSONLDError(.invalidLanguageMapValue, language) }
                var value = JSONObject([("@value", item)])
                if language != "@none", active.expandIRI(language, vocab: true) != "@none" {
                    value["@language"] = .string(language)
                }
                if let direction { value["@direction"] = .string(direction) }
                result.append(.object(value))
            }
        }
        return .array(result)
    }
}
