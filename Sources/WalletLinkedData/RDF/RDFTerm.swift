/// One node or literal of an RDF quad (RDF 1.1 concepts), as produced by JSON-LD toRdf.
public enum RDFTerm: Hashable, Sendable {
    /// An absolute IRI, without angle brackets.
    case iri(String)
    /// A blank node, by its label without the `_:` prefix.
    case blank(String)
    /// A literal with its lexical form, datatype IRI and optional language tag.
    case literal(RDFLiteral)

    /// The blank-node label, when this is a blank node.
    public var blankLabel: String? {
        if case .blank(let label) = self { return label }
        return nil
    }
}

/// An RDF literal. `datatype` is always set (`xsd:string` or `rdf:langString` for plain literals),
/// because canonical N-Quads leave out only the `xsd:string` datatype.
public struct RDFLiteral: Hashable, Sendable {
    public var lexical: String
    public var datatype: String
    public var language: String?

    public init(_ lexical: String, datatype: String = RDFVocabulary.xsdString, language: String? = nil) {
        self.lexical = lexical
        self.datatype = language == nil ? datatype : RDFVocabulary.langString
        self.language = language
    }
}

/// One statement: subject, predicate, object and an optional graph name (nil = default graph).
public struct RDFQuad: Hashable, Sendable {
    public var subject: RDFTerm
    public var predicate: RDFTerm
    public var object: RDFTerm
    public var graph: RDFTerm?

    public init(_ subject: RDFTerm, _ predicate: RDFTerm, _ object: RDFTerm, graph: RDFTerm? = nil) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.graph = graph
    }
}

/// IRIs of the vocabulary terms JSON-LD toRdf emits.
public enum RDFVocabulary {
    public static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    public static let xsd = "http://www.w3.org/2001/XMLSchema#"
    public static let type = rdf + "type"
    public static let first = rdf + "first"
    public static let rest = rdf + "rest"
    public static let nilList = rdf + "nil"
    public static let json = rdf + "JSON"
    public static let langString = rdf + "langString"
    public static let xsdString = xsd + "string"
    public static let xsdBoolean = xsd + "boolean"
    public static let xsdInteger = xsd + "integer"
    public static let xsdDouble = xsd + "double"
}
