/// Writes `JSONValue`s back to text, keeping member order and each number's original spelling.
public struct JSONWriter: Sendable {
    /// Indent by this many spaces per level; nil writes compact JSON.
    public var indent: Int?

    public init(indent: Int? = nil) {
        self.indent = indent
    }

    /// The JSON text for `value`.
    public func string(_ value: JSONValue) -> String {
        var out = ""
        write(value, level: 0, into: &out)
        return out
    }

    private func write(_ value: JSONValue, level: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let number): out += number.text
        case .string(let text): JSONWriter.writeString(text, into: &out)
        case .array(let items):
            writeContainer(open: "[", close: "]", count: items.count, level: level, into: &out) { index, out in
                write(items[index], level: level + 1, into: &out)
            }
        case .object(let object):
            let members = object.members
            writeContainer(open: "{", close: "}", count: members.count, level: level, into: &out) { index, out in
                JSONWriter.writeString(members[index].key, into: &out)
                out += indent == nil ? ":" : ": "
                write(members[index].value, level: level + 1, into: &out)
            }
        }
    }

    private func writeContainer(
        open: String, close: String, count: Int, level: Int, into out: inout String,
        element: (Int, inout String) -> Void
    ) {
        out += open
        guard count > 0 else {
            out += close
            return
        }
        for index in 0..<count {
            if index > 0 { out += "," }
            if let indent { out += "\n" + String(repeating: " ", count: indent * (level + 1)) }
            element(index, &out)
        }
        if let indent { out += "\n" + String(repeating: " ", count: indent * level) }
        out += close
    }

    /// Writes a JSON string literal with the minimal escapes RFC 8785 prescribes.
    public static func writeString(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
