/// Writes quads as canonical N-Quads (RDFC-1.0 Appendix A / RDF 1.1 N-Quads canonical form).
///
/// Built on `String.UTF8View` appends because the verifier serialises every quad of every credential
/// several times (first-degree hashing), so this is on the hot path.
public enum NQuadsSerializer {
    /// The canonical line for `quad`, ending in `\n`.
    public static func line(_ quad: RDFQuad) -> String {
        var out = ""
        out.reserveCapacity(128)
        write(quad, into: &out) { $0 }
        return out
    }

    /// The canonical document: one line per quad, in the order given.
    public static func document(_ quads: [RDFQuad]) -> String {
        var out = ""
        for quad in quads { write(quad, into: &out) { $0 } }
        return out
    }

    /// Writes `quad`, passing every blank-node label through `relabel` first.
    static func write(_ quad: RDFQuad, into out: inout String, relabel: (String) -> String) {
        writeTerm(quad.subject, into: &out, relabel: relabel)
        out.append(" ")
        writeTerm(quad.predicate, into: &out, relabel: relabel)
        out.append(" ")
        writeTerm(quad.object, into: &out, relabel: relabel)
        if let graph = quad.graph {
            out.append(" ")
            writeTerm(graph, into: &out, relabel: relabel)
        }
        out.append(" .\n")
    }

    static func writeTerm(_ term: RDFTerm, into out: inout String, relabel: (String) -> String) {
        switch term {
        case .iri(let iri):
            out.append("<")
            out.append(iri)
            out.append(">")
        case .blank(let label):
            out.append("_:")
            out.append(relabel(label))
        case .literal(let literal):
            writeLiteral(literal, into: &out)
        }
    }

    static func writeLiteral(_ literal: RDFLiteral, into out: inout String) {
        out.append("\"")
        escape(literal.lexical, into: &out)
        out.append("\"")
        if let language = literal.language {
            out.append("@")
            out.append(language)
        } else if literal.datatype != RDFVocabulary.xsdString {
            out.append("^^<")
            out.append(literal.datatype)
            out.append(">")
        }
    }

    /// Escapes a literal's lexical form: the seven short escapes, other controls as `\uXXXX`.
    static func escape(_ text: String, into out: inout String) {
        let needsEscape = text.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }
        guard needsEscape else {
            out.append(text)
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{08}": out.append("\\b")
            case "\t": out.append("\\t")
            case "\n": out.append("\\n")
            case "\u{0C}": out.append("\\f")
            case "\r": out.append("\\r")
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\u{00}"..."\u{1F}", "\u{7F}":
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}
