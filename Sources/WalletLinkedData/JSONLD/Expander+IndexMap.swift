import WalletJSON

/// § 5.1.2 step 13.8: `@index`, `@id` and `@type` maps.
extension Expander {
    func expandIndexMap(
        _ key: String, _ map: JSONObject, container: Set<String>, active: ActiveContext, baseURL: String?
    ) throws(JSONLDError) -> JSONValue {
        let byType = container.contains("@type")
        let byID = container.contains("@id")
        let baseMapContext = (byType || byID) ? (active.previous?.context ?? active) : active
        let indexKey = active.terms[key]?.index ?? "@index"
        var result: [JSONValue] = []
        for index in map.keys.sorted() {
            var mapContext = baseMapContext
            if byType, let scoped = baseMapContext.terms[index]?.context {
                mapContext = try contexts.processScoped(baseMapContext, scoped, propagate: true, overrideProtected: false)
            }
            let expandedIndex = active.expandIRI(index, vocab: true)
            let values = (map[index] ?? .null).asList
            let expanded = try expand(mapContext, property: key, .array(values), baseURL: baseURL, fromMap: true)
            for var item in expanded?.asList ?? [] {
                if container.contains("@graph"), item["@graph"] == nil {
                    item = .object(JSONObject([("@graph", .array(item.asList))]))
                }
                guard case .object(var object) = item else { continue }
                if container.contains("@index"), indexKey != "@index", expandedIndex != "@none" {
                    try reindex(&object, index: index, indexKey: indexKey, active: active)
                } else if container.contains("@index"), object["@index"] == nil, expandedIndex != "@none" {
                    object["@index"] = .string(index)
                } else if byID, object["@id"] == nil, expandedIndex != "@none" {
                    let iri = active.expandIRI(index, vocab: false, documentRelative: true)
                    object["@id"] = try checkedReference(iri, original: index, what: "@id map key")
                } else if byType, expandedIndex != "@none", let expandedIndex {
                    object["@type"] = .array([.string(expandedIndex)] + (object["@type"]?.asList ?? []))
                }
                result.append(.object(object))
            }
        }
        return .array(result)
    }

    /// Property-valued index (step 13.8.3.7.2): the map key becomes a value of `indexKey`.
    private func reindex(
        _ object: inout JSONObject, index: String, indexKey: String, active: ActiveContext
    ) throws(JSONLDError) {
        let reExpanded = try expandValue(active, property: indexKey, .string(index))
        guard let expandedIndexKey = active.expandIRI(indexKey, vocab: true) else { return }
        if object["@value"] != nil { throw JSONLDError(.invalidValueObject, "property-valued index on a value") }
        object[expandedIndexKey] = .array([.object(reExpanded)] + (object[expandedIndexKey]?.asList ?? []))
    }
}
