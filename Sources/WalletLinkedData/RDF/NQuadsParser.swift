/// Why a line of N-Quads text could not be read.
public struct NQuadsParseError: Error, Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public let message: String

    public var description: String { "N-Quads line \(line): \(message)" }
}

/// Reads N-Quads (RDF 1.1) text into quads: used for test inputs and for quads cairn stored earlier.
public enum NQuadsParser {
    /// Parses every statement in `text`; blank lines and `#` comments are skipped.
    public static func parse(_ text: String) throws(NQuadsParseError) -> [RDFQuad] {
        var quads: [RDFQuad] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var cursor = Cursor(scalars: Array(rawLine.unicodeScalars), line: index + 1)
            cursor.skipSpace()
            if cursor.atEnd || cursor.peek == "#" { continue }
            quads.append(try cursor.readQuad())
        }
        return quads
    }
}

private struct Cursor {
    let scalars: [Unicode.Scalar]
    let line: Int
    var position = 0

    init(scalars: [Unicode.Scalar], line: Int) {
        self.scalars = scalars
        self.line = line
    }

    var atEnd: Bool { position >= scalars.count }
    var peek: Unicode.Scalar? { atEnd ? nil : scalars[position] }

    func fail(_ message: String) -> NQuadsParseError { NQuadsParseError(line: line, message: message) }

    mutating func skipSpace() {
        while let scalar = peek, scalar == " " || scalar == "\t" || scalar == "\r" { position += 1 }
    }

    mutating func readQuad() throws(NQuadsParseError) -> RDFQuad {
        let subject = try readTerm()
        skipSpace()
        let predicate = try readTerm()
        skipSpace()
        let object = try readTerm()
        skipSpace()
        var graph: RDFTerm?
        if peek != "." {
            graph = try readTerm()
            skipSpace()
        }
        guard peek == "." else { throw fail("expected '.' at the end of the statement") }
        position += 1
        skipSpace()
        guard atEnd || peek == "#" else { throw fail("unexpected content after '.'") }
        return RDFQuad(subject, predicate, object, graph: graph)
    }

    mutating func readTerm() throws(NQuadsParseError) -> RDFTerm {
        switch peek {
        case "<": return .iri(try readIRI())
        case "_":
            position += 1
            guard peek == ":" else { throw fail("expected ':' after '_'") }
            position += 1
            var label = String.UnicodeScalarView()
            while let scalar = peek, scalar != " ", scalar != "\t" {
                label.append(scalar)
                position += 1
            }
            if label.last == "." { label.removeLast(); position -= 1 }
            return .blank(String(label))
        case "\"": return .literal(try readLiteral())
        default: throw fail("expected an IRI, blank node or literal")
        }
    }

    mutating func readIRI() throws(NQuadsParseError) -> String {
        position += 1
        var out = String.UnicodeScalarView()
        while let scalar = peek, scalar != ">" {
            position += 1
            if scalar == "\\" { out.append(try readEscape()) } else { out.append(scalar) }
        }
        guard peek == ">" else { throw fail("unterminated IRI") }
        position += 1
        return String(out)
    }

    mutating func readLiteral() throws(NQuadsParseError) -> RDFLiteral {
        position += 1
        var out = String.UnicodeScalarView()
        while let scalar = peek, scalar != "\"" {
            position += 1
            if scalar == "\\" { out.append(try readEscape()) } else { out.append(scalar) }
        }
        guard peek == "\"" else { throw fail("unterminated literal") }
        position += 1
        let lexical = String(out)
        if peek == "@" {
            position += 1
            var tag = String.UnicodeScalarView()
            while let scalar = peek, scalar != " ", scalar != "\t" {
                tag.append(scalar)
                position += 1
            }
            return RDFLiteral(lexical, language: String(tag))
        }
        if peek == "^" {
            position += 2
            return RDFLiteral(lexical, datatype: try readIRI())
        }
        return RDFLiteral(lexical)
    }

    mutating func readEscape() throws(NQuadsParseError) -> Unicode.Scalar {
        guard let scalar = peek else { throw fail("dangling backslash") }
        position += 1
        switch scalar {
        case "t": return "\t"
        case "b": return "\u{08}"
        case "n": return "\n"
        case "r": return "\r"
        case "f": return "\u{0C}"
        case "\"": return "\""
        case "'": return "'"
        case "\\": return "\\"
        case "u": return try readHex(4)
        case "U": return try readHex(8)
        default: throw fail("invalid escape \\\(scalar)")
        }
    }

    mutating func readHex(_ count: Int) throws(NQuadsParseError) -> Unicode.Scalar {
        guard position + count <= scalars.count else { throw fail("truncated \\u escape") }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[position..<position + count])
        position += count
        guard let value = UInt32(text, radix: 16), let scalar = Unicode.Scalar(value) else {
            throw fail("invalid \\u escape")
        }
        return scalar
    }
}
