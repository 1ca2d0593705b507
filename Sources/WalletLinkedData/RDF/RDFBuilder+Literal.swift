import WalletJSON

/// § 8.2 steps 4–15: value objects to literals.
extension RDFBuilder {
    func literal(_ object: JSONObject) throws(JSONLDError) -> RDFTerm? {
        guard let value = object["@value"] else { return nil }
        var datatype = object["@type"]?.stringValue
        if let type = datatype, type != "@json", !IRI.isWellFormed(type) {
            if safeMode { throw JSONLDError(.safeModeViolation, "datatype \"\(type)\" is not an absolute IRI") }
            return nil
        }
        let language = object["@language"]?.stringValue
        if let language, !LiteralForms.isWellFormedLanguage(language) {
            if safeMode { throw JSONLDError(.safeModeViolation, "language tag \"\(language)\" is not well-formed") }
            return nil
        }
        guard let lexical = Self.lexicalForm(value, datatype: &datatype) else { return nil }
        if let direction = object["@direction"]?.stringValue, i18nDirection, datatype == nil {
            let tag = (language ?? "").lowercased()
            return .literal(RDFLiteral(lexical, datatype: "https://www.w3.org/ns/i18n#\(tag)_\(direction)"))
        }
        if let language, datatype == nil { return .literal(RDFLiteral(lexical, language: language)) }
        return .literal(RDFLiteral(lexical, datatype: datatype ?? RDFVocabulary.xsdString))
    }

    /// Steps 8–11: the lexical form, filling in the default datatype for JSON literals, booleans
    /// and numbers (integral → `xsd:integer`, otherwise canonical `xsd:double`).
    static func lexicalForm(_ value: JSONValue, datatype: inout String?) -> String? {
        if datatype == "@json" {
            datatype = RDFVocabulary.json
            // WalletJSON's RFC 8785 JCS; it fails only on non-finite numbers, which JSON cannot hold.
            return try? JCS.canonicalString(value)
        }
        switch value {
        case .bool(let flag):
            datatype = datatype ?? RDFVocabulary.xsdBoolean
            return flag ? "true" : "false"
        case .number(let number):
            if LiteralForms.needsDouble(number.value) || datatype == RDFVocabulary.xsdDouble {
                datatype = datatype ?? RDFVocabulary.xsdDouble
                return LiteralForms.canonicalDouble(number.value)
            }
            datatype = datatype ?? RDFVocabulary.xsdInteger
            return LiteralForms.canonicalInteger(number.value)
        case .string(let text): return text
        default: return nil
        }
    }
}
