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
        let lexical: String
        if datatype == "@json" {
            lexical = LinkedDataJCS.serialize(value)
            datatype = RDFVocabulary.json
        } else {
            switch value {
            case .bool(let flag):
                lexical = flag ? "true" : "false"
                datatype = datatype ?? RDFVocabulary.xsdBoolean
            case .number(let number):
                if LiteralForms.needsDouble(number.value) || datatype == RDFVocabulary.xsdDouble {
                    lexical = LiteralForms.canonicalDouble(number.value)
                    datatype = datatype ?? RDFVocabulary.xsdDouble
                } else {
                    lexical = LiteralForms.canonicalInteger(number.value)
                    datatype = datatype ?? RDFVocabulary.xsdInteger
                }
            case .string(let text): lexical = text
            default: return nil
            }
        }
        if let direction = object["@direction"]?.stringValue, i18nDirection, datatype == nil {
            let tag = (language ?? "").lowercased()
            return .literal(RDFLiteral(lexical, datatype: "https://www.w3.org/ns/i18n#\(tag)_\(direction)"))
        }
        if let language, datatype == nil { return .literal(RDFLiteral(lexical, language: language)) }
        return .literal(RDFLiteral(lexical, datatype: datatype ?? RDFVocabulary.xsdString))
    }
}
