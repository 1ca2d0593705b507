import WalletJSON

/// Deserialize JSON-LD to RDF (JSON-LD 1.1 API § 8), directly from the expanded form.
///
/// Equivalent to node-map generation + toRdf for datasets (a set of quads): nodes are visited where
/// they appear, blank-node labels are reissued as `b0`, `b1`, … and repeated quads collapse.
struct RDFBuilder {
    let safeMode: Bool
    /// `rdfDirection: i18n-datatype` (only for conformance tests); nil drops `@direction`.
    let i18nDirection: Bool
    var dataset = RDFDataset()
    private var labels: [String: String] = [:]
    private var counter = 0

    init(safeMode: Bool, i18nDirection: Bool) {
        self.safeMode = safeMode
        self.i18nDirection = i18nDirection
    }

    mutating func freshBlank() -> RDFTerm {
        let label = "b" + String(counter)
        counter += 1
        return .blank(label)
    }

    /// The term for an `@id`: blank nodes are relabelled; nil for anything but an absolute IRI.
    mutating func term(forID id: String) throws(JSONLDError) -> RDFTerm? {
        if IRI.isBlank(id) {
            if let label = labels[id] { return .blank(label) }
            let term = freshBlank()
            labels[id] = term.blankLabel
            return term
        }
        guard IRI.isWellFormed(id) else {
            if safeMode { throw JSONLDError(.safeModeViolation, "\"\(id)\" is not an absolute IRI") }
            return nil
        }
        return .iri(id)
    }

    /// Emits the quads of a node object; returns its subject (nil if its `@id` is not usable).
    @discardableResult
    mutating func node(_ node: JSONObject, graph: RDFTerm?) throws(JSONLDError) -> RDFTerm? {
        let subject: RDFTerm? = if case .string(let id)? = node["@id"] { try term(forID: id) } else { freshBlank() }
        for (property, value) in node {
            switch property {
            case "@id", "@index": continue
            case "@type":
                for type in value.asList {
                    guard case .string(let iri) = type, let object = try term(forID: iri) else { continue }
                    emit(subject, .iri(RDFVocabulary.type), object, graph)
                }
            case "@reverse":
                try reverse(value, subject: subject, graph: graph)
            case "@graph":
                let name = subject
                for item in value.asList {
                    if case .object(let inner) = item, name != nil { try self.node(inner, graph: name) }
                }
            case "@included":
                for item in value.asList {
                    if case .object(let inner) = item { try self.node(inner, graph: graph) }
                }
            default:
                let predicate = try predicateTerm(property)
                for item in value.asList {
                    let object = try self.object(item, graph: graph)
                    emit(subject, predicate, object, graph)
                }
            }
        }
        return subject
    }

    private mutating func predicateTerm(_ property: String) throws(JSONLDError) -> RDFTerm? {
        if IRI.isBlank(property) { return nil }
        return try term(forID: property)
    }

    private mutating func reverse(_ value: JSONValue, subject: RDFTerm?, graph: RDFTerm?) throws(JSONLDError) {
        guard case .object(let map) = value else { return }
        for (property, items) in map {
            let predicate = try predicateTerm(property)
            for item in items.asList {
                guard case .object(let inner) = item else { continue }
                let other = try node(inner, graph: graph)
                emit(other, predicate, subject, graph)
            }
        }
    }

    mutating func emit(_ subject: RDFTerm?, _ predicate: RDFTerm?, _ object: RDFTerm?, _ graph: RDFTerm?) {
        guard let subject, let predicate, let object else { return }
        if case .literal = subject { return }
        dataset.insert(RDFQuad(subject, predicate, object, graph: graph))
    }

    /// Object to RDF conversion (§ 8.2) for a property value.
    mutating func object(_ item: JSONValue, graph: RDFTerm?) throws(JSONLDError) -> RDFTerm? {
        guard case .object(let object) = item else { return nil }
        if let list = object["@list"] { return try self.list(list.asList, graph: graph) }
        if object["@value"] != nil { return try literal(object) }
        return try node(object, graph: graph)
    }

    /// List conversion: an `rdf:first`/`rdf:rest` chain (or `rdf:nil`).
    mutating func list(_ items: [JSONValue], graph: RDFTerm?) throws(JSONLDError) -> RDFTerm {
        guard !items.isEmpty else { return .iri(RDFVocabulary.nilList) }
        let heads = items.map { _ in freshBlank() }
        for (index, item) in items.enumerated() {
            emit(heads[index], .iri(RDFVocabulary.first), try object(item, graph: graph), graph)
            let rest: RDFTerm = index + 1 < heads.count ? heads[index + 1] : .iri(RDFVocabulary.nilList)
            emit(heads[index], .iri(RDFVocabulary.rest), rest, graph)
        }
        return heads[0]
    }
}
