import WalletJSON

/// Readers for the shapes ELM values take in real credentials: language maps (`{"en": "…"}` or
/// `{"en": ["…"]}`), SKOS Concepts (`prefLabel`), Notes (`noteLiteral`), and single values that
/// production exports often wrap in arrays.
enum ELMValue {
    /// The preferred language for display; the first language is used when it is absent.
    static let preferredLanguage = "en"

    /// The first element when the value is an array, else the value.
    static func first(_ value: JSONValue?) -> JSONValue? { value?.asList.first }

    /// The first object in the value.
    static func object(_ value: JSONValue?) -> JSONObject? { first(value)?.objectValue }

    /// Text from a plain string or a language map.
    static func text(_ value: JSONValue?) -> String? {
        guard let value = first(value) else { return nil }
        if let text = value.stringValue { return text }
        guard let map = value.objectValue, !map.isEmpty else { return nil }
        let chosen = map[preferredLanguage] ?? map.members.first?.value
        return chosen.flatMap { first($0)?.stringValue }
    }

    /// The label of a Concept (`prefLabel`), else its notation, else nil.
    static func label(_ concept: JSONValue?) -> String? {
        guard let concept = object(concept) else { return first(concept)?.stringValue }
        return text(concept["prefLabel"]) ?? concept["notation"]?.stringValue
    }

    /// The text of a Note (`noteLiteral`) or of a plain/language-map value.
    static func note(_ value: JSONValue?) -> String? {
        guard let object = object(value) else { return text(value) }
        return text(object["noteLiteral"]) ?? text(object["prefLabel"])
    }

    /// The `id` of the first object, or the string itself.
    static func id(_ value: JSONValue?) -> String? {
        guard let value = first(value) else { return nil }
        return value.stringValue ?? value["id"]?.stringValue
    }

    /// Every element of a possibly single, possibly array value, as objects.
    static func objects(_ value: JSONValue?) -> [JSONObject] {
        value?.asList.compactMap(\.objectValue) ?? []
    }
}
