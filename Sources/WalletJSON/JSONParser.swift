/// A strict RFC 8259 parser with the limits an importer of untrusted files needs.
///
/// Strict on purpose: duplicate keys, lone surrogates and invalid UTF-8 are errors (I-JSON,
/// RFC 7493), because JCS and JSON-LD signatures are ambiguous over such input.
public struct JSONParser: Sendable {
    /// Deepest array/object nesting accepted; deeper input is rejected, never recursed into.
    public var maxDepth: Int
    /// Largest document accepted, in bytes.
    public var maxBytes: Int
    /// Whether a repeated member name in one object is an error (the default) or the last one wins.
    public var rejectDuplicateKeys: Bool

    public init(maxDepth: Int = 128, maxBytes: Int = 10 * 1024 * 1024, rejectDuplicateKeys: Bool = true) {
        self.maxDepth = maxDepth
        self.maxBytes = maxBytes
        self.rejectDuplicateKeys = rejectDuplicateKeys
    }

    /// Parses one JSON document from UTF-8 bytes.
    public func parse<Bytes: Collection>(_ bytes: Bytes) throws(JSONParseError) -> JSONValue
    where Bytes.Element == UInt8 {
        guard bytes.count <= maxBytes else { throw JSONParseError(.tooLarge(limit: maxBytes), at: 0) }
        let buffer = Array(bytes)
        // Validate in place (UTF8Span); `String(validating:)` also allocated a copy of the document.
        guard (try? UTF8Span(validating: buffer.span)) != nil else { throw JSONParseError(.notUTF8, at: 0) }
        return try buffer.withUnsafeBufferPointer { pointer throws(JSONParseError) in
            var reader = Reader(bytes: pointer, options: self)
            reader.skipWhitespace()
            if reader.position == 0, buffer.starts(with: [0xEF, 0xBB, 0xBF]) { reader.position = 3 }
            let value = try reader.readValue(depth: 0)
            reader.skipWhitespace()
            guard reader.position == buffer.count else { throw JSONParseError(.trailingContent, at: reader.position) }
            return value
        }
    }

    /// Parses one JSON document from a string.
    public func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8))
    }
}

/// The cursor over the bytes; one instance per parse.
///
/// Reads through an unsafe buffer that lives only inside `parse` (every access is guarded by
/// `position < bytes.count`): no array retain or bounds check per byte in the hot loops.
private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    let options: JSONParser
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>, options: JSONParser) {
        self.bytes = bytes
        self.options = options
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    func fail(_ reason: JSONParseError.Reason) -> JSONParseError { JSONParseError(reason, at: position) }

    func unexpected() -> JSONParseError {
        guard position < bytes.count else { return fail(.unexpectedEnd) }
        let byte = bytes[position]
        let shown = byte >= 0x20 && byte < 0x7F ? "'\(Character(UnicodeScalar(byte)))'" : "0x\(String(byte, radix: 16))"
        return fail(.unexpectedCharacter(shown))
    }

    mutating func readValue(depth: Int) throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        guard position < bytes.count else { throw fail(.unexpectedEnd) }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try readObject(depth: depth + 1)
        case UInt8(ascii: "["): return try readArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try readNumber())
        default: throw unexpected()
        }
    }

    mutating func expectLiteral(_ literal: String) throws(JSONParseError) {
        for byte in literal.utf8 {
            guard position < bytes.count, bytes[position] == byte else { throw unexpected() }
            position += 1
        }
    }

    mutating func readObject(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth <= options.maxDepth else { throw fail(.tooDeep(limit: options.maxDepth)) }
        position += 1
        var object = JSONObject(reservingCapacity: 8)
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw unexpected() }
            let keyOffset = position
            let key = try readString()
            let existing = object.position(of: key)
            if existing != nil, options.rejectDuplicateKeys {
                throw JSONParseError(.duplicateKey(key), at: keyOffset)
            }
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw unexpected() }
            position += 1
            let value = try readValue(depth: depth)
            if let existing { object.replaceValue(at: existing, with: value) } else { object.appendAbsent(key, value) }
            skipWhitespace()
            guard position < bytes.count else { throw fail(.unexpectedEnd) }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
            } else if bytes[position] == UInt8(ascii: "}") {
                position += 1
                return .object(object)
            } else {
                throw unexpected()
            }
        }
    }

    mutating func readArray(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth <= options.maxDepth else { throw fail(.tooDeep(limit: options.maxDepth)) }
        position += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array(items)
        }
        while true {
            items.append(try readValue(depth: depth))
            skipWhitespace()
            guard position < bytes.count else { throw fail(.unexpectedEnd) }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
            } else if bytes[position] == UInt8(ascii: "]") {
                position += 1
                return .array(items)
            } else {
                throw unexpected()
            }
        }
    }

    mutating func readNumber() throws(JSONParseError) -> JSONNumber {
        let start = position
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count, isDigit(bytes[position]) else { throw fail(.invalidNumber) }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, isDigit(bytes[position]) { throw fail(.invalidNumber) }
        } else {
            skipDigits()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else { throw fail(.invalidNumber) }
            skipDigits()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard position < bytes.count, isDigit(bytes[position]) else { throw fail(.invalidNumber) }
            skipDigits()
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw JSONParseError(.invalidNumber, at: start) }
        return JSONNumber(text: text, value: value)
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    mutating func skipDigits() {
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }

    mutating func readString() throws(JSONParseError) -> String {
        position += 1
        // Fast path: most strings have no escapes; decode the run in one step (already UTF-8-validated).
        var scan = position
        while scan < bytes.count, bytes[scan] != UInt8(ascii: "\""), bytes[scan] != UInt8(ascii: "\\"), bytes[scan] >= 0x20 {
            scan += 1
        }
        if scan < bytes.count, bytes[scan] == UInt8(ascii: "\"") {
            // The whole document was validated in `parse` and a run ends at an ASCII quote, so the
            // run is valid UTF-8: copy it without validating again.
            let text = String(copying: UTF8Span(unchecked: UnsafeBufferPointer(rebasing: bytes[position..<scan]).span))
            position = scan + 1
            return text
        }
        var scalars = String.UnicodeScalarView()
        var runStart = position
        while true {
            guard position < bytes.count else { throw fail(.unexpectedEnd) }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                appendRun(from: runStart, to: position, into: &scalars)
                position += 1
                return String(scalars)
            }
            if byte < 0x20 { throw fail(.controlCharacterInString) }
            if byte == UInt8(ascii: "\\") {
                appendRun(from: runStart, to: position, into: &scalars)
                scalars.append(try readEscape())
                runStart = position
            } else {
                position += 1
            }
        }
    }

    func appendRun(from start: Int, to end: Int, into scalars: inout String.UnicodeScalarView) {
        guard start < end else { return }
        scalars.append(contentsOf: String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars)
    }

    mutating func readEscape() throws(JSONParseError) -> UnicodeScalar {
        position += 1
        guard position < bytes.count else { throw fail(.unexpectedEnd) }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"): return try readUnicodeEscape()
        default:
            position -= 1
            throw fail(.invalidEscape)
        }
    }

    mutating func readUnicodeEscape() throws(JSONParseError) -> UnicodeScalar {
        let first = try readHex4()
        if (0xDC00...0xDFFF).contains(first) { throw fail(.loneSurrogate) }
        if (0xD800...0xDBFF).contains(first) {
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                bytes[position + 1] == UInt8(ascii: "u")
            else { throw fail(.loneSurrogate) }
            position += 2
            let second = try readHex4()
            guard (0xDC00...0xDFFF).contains(second) else { throw fail(.loneSurrogate) }
            let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            guard let scalar = UnicodeScalar(combined) else { throw fail(.invalidEscape) }
            return scalar
        }
        guard let scalar = UnicodeScalar(first) else { throw fail(.invalidEscape) }
        return scalar
    }

    mutating func readHex4() throws(JSONParseError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw fail(.unexpectedEnd) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = hexValue(bytes[position]) else { throw fail(.invalidEscape) }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
