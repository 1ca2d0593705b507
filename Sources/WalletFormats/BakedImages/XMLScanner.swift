/// A small, bounded, pull-style XML tokenizer — enough to read SVG badge markup without a full
/// XML stack (FoundationXML is not available to the pure core on Linux).
///
/// Safe by construction: no DTD processing (a DOCTYPE declaring entities is refused, so no entity
/// expansion bombs), only the five predefined entities and character references, a depth limit.
struct XMLScanner {
    enum Event: Equatable {
        case start(name: String, attributes: [(String, String)], selfClosing: Bool)
        case end(name: String)
        case text(String)

        static func == (lhs: Event, rhs: Event) -> Bool {
            switch (lhs, rhs) {
            case let (.start(a, x, s), .start(b, y, t)): a == b && s == t && x.elementsEqual(y) { $0 == $1 }
            case let (.end(a), .end(b)): a == b
            case let (.text(a), .text(b)): a == b
            default: false
            }
        }
    }

    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The next event, or nil at the end of input.
    mutating func next() throws(BakedImageError) -> Event? {
        while index < bytes.count {
            if bytes[index] != UInt8(ascii: "<") { return .text(try decode(readText())) }
            let marker = index + 1 < bytes.count ? bytes[index + 1] : 0
            switch marker {
            case UInt8(ascii: "/"): return try endTag()
            case UInt8(ascii: "?"): try skip(past: "?>", what: "processing instruction")
            case UInt8(ascii: "!"):
                if starts("<![CDATA[") { return .text(try cdata()) }
                if starts("<!--") { try skip(past: "-->", what: "comment"); continue }
                guard starts("<!DOCTYPE") || starts("<!doctype") else { throw .invalidXML("an unknown <! declaration") }
                try doctype()
            default: return try startTag()
            }
        }
        return nil
    }

    private func starts(_ literal: String) -> Bool {
        let pattern = Array(literal.utf8)
        guard index + pattern.count <= bytes.count else { return false }
        return bytes[index..<(index + pattern.count)].elementsEqual(pattern)
    }

    private mutating func find(_ literal: String, what: String) throws(BakedImageError) -> Int {
        let pattern = Array(literal.utf8)
        var cursor = index
        while cursor + pattern.count <= bytes.count {
            if bytes[cursor] == pattern[0], bytes[cursor..<(cursor + pattern.count)].elementsEqual(pattern) {
                return cursor
            }
            cursor += 1
        }
        throw .truncated("an unterminated \(what)")
    }

    private mutating func skip(past literal: String, what: String) throws(BakedImageError) {
        index = try find(literal, what: what) + literal.utf8.count
    }

    private mutating func readText() -> String {
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func cdata() throws(BakedImageError) -> String {
        index += "<![CDATA[".utf8.count
        let end = try find("]]>", what: "CDATA section")
        let text = String(decoding: bytes[index..<end], as: UTF8.self)
        index = end + 3
        return text
    }

    private mutating func doctype() throws(BakedImageError) {
        var cursor = index
        var bracket = false
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "[") { bracket = true }
            if byte == UInt8(ascii: "]") { bracket = false }
            if byte == UInt8(ascii: ">") && !bracket { break }
            cursor += 1
        }
        guard cursor < bytes.count else { throw .truncated("an unterminated DOCTYPE") }
        let declaration = String(decoding: bytes[index..<cursor], as: UTF8.self)
        if declaration.contains("<!ENTITY") {
            throw .limitExceeded("the SVG declares XML entities, which cairn refuses (entity expansion attacks)")
        }
        index = cursor + 1
    }

    private mutating func endTag() throws(BakedImageError) -> Event {
        index += 2
        let name = readName()
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else {
            throw .invalidXML("the end tag </\(name)> is not closed")
        }
        index += 1
        return .end(name: name)
    }

    private mutating func startTag() throws(BakedImageError) -> Event {
        index += 1
        let name = readName()
        guard !name.isEmpty else { throw .invalidXML("a '<' at byte \(index - 1) starts no tag") }
        var attributes: [(String, String)] = []
        while true {
            skipSpace()
            guard index < bytes.count else { throw .truncated("the tag <\(name)> is cut off") }
            if bytes[index] == UInt8(ascii: ">") { index += 1; return .start(name: name, attributes: attributes, selfClosing: false) }
            if starts("/>") { index += 2; return .start(name: name, attributes: attributes, selfClosing: true) }
            attributes.append(try attribute(in: name))
            guard attributes.count <= 1_000 else { throw .limitExceeded("more than 1000 attributes on <\(name)>") }
        }
    }

    private mutating func attribute(in tag: String) throws(BakedImageError) -> (String, String) {
        let name = readName()
        skipSpace()
        guard !name.isEmpty, index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
            throw .invalidXML("a malformed attribute in <\(tag)>")
        }
        index += 1
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
            throw .invalidXML("the attribute \(name) in <\(tag)> has no quoted value")
        }
        let quote = bytes[index]
        index += 1
        let start = index
        while index < bytes.count, bytes[index] != quote { index += 1 }
        guard index < bytes.count else { throw .truncated("the attribute \(name) in <\(tag)> is cut off") }
        let raw = String(decoding: bytes[start..<index], as: UTF8.self)
        index += 1
        return (name, try decode(raw))
    }

    private mutating func readName() -> String {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            let isDelimiter = Self.isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
            if isDelimiter { break }
            index += 1
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func skipSpace() {
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Replaces the predefined entities and character references; any other entity is an error.
    private func decode(_ text: String) throws(BakedImageError) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semi) <= 10 else {
                throw .invalidXML("an unterminated entity reference")
            }
            let name = rest[rest.index(after: amp)..<semi]
            guard let char = Self.entity(name) else { throw .invalidXML("the undefined entity &\(name);") }
            out.append(char)
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }

    private static func entity(_ name: Substring) -> Character? {
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            let hex = name.hasPrefix("#x") || name.hasPrefix("#X")
            guard name.hasPrefix("#"), let code = UInt32(name.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10),
                let scalar = Unicode.Scalar(code)
            else { return nil }
            return Character(scalar)
        }
    }
}
