/// IRI expansion (JSON-LD 1.1 API § 5.2) against a finished active context.
extension ActiveContext {
    /// Expands `value`; nil means the value maps to null and is dropped.
    func expandIRI(_ value: String, vocab: Bool, documentRelative: Bool = false) -> String? {
        if Keywords.isKeyword(value) { return value }
        if IRI.looksLikeKeyword(value) { return nil }
        if let definition = terms[value] {
            if let iri = definition.iri, Keywords.isKeyword(iri) { return iri }
            if vocab { return definition.iri }
        }
        if let colon = value.utf8.firstIndex(of: UInt8(ascii: ":")), colon != value.utf8.startIndex {
            let prefix = String(value[..<colon])
            let suffix = value[value.index(after: colon)...]
            if prefix == "_" || suffix.hasPrefix("//") { return value }
            if let definition = terms[prefix], definition.isPrefix, let iri = definition.iri {
                return iri + suffix
            }
            if IRI.isAbsolute(value) { return value }
        }
        if vocab, let vocabMapping = self.vocab { return vocabMapping + value }
        if documentRelative, let base { return IRI.resolve(value, against: base) }
        return value
    }
}
