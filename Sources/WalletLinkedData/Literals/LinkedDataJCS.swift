import WalletJSON

/// Minimal RFC 8785 (JCS) serialiser for `@json` literals (JSON-LD 1.1 `rdf:JSON` lexical form).
///
/// Deliberately internal and self-contained: WalletJSON is getting its own JCS in parallel; the lead
/// can replace this with it once both land (dedupe candidate — same output required).
enum LinkedDataJCS {
    static func serialize(_ value: JSONValue) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    private static func write(_ value: JSONValue, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let number): out += ecmaScriptNumber(number.value)
        case .string(let text): JSONWriter.writeString(text, into: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                write(item, into: &out)
            }
            out += "]"
        case .object(let object):
            out += "{"
            let keys = object.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
            for (index, key) in keys.enumerated() {
                if index > 0 { out += "," }
                JSONWriter.writeString(key, into: &out)
                out += ":"
                if let member = object[key] { write(member, into: &out) }
            }
            out += "}"
        }
    }

    /// ECMAScript `Number.prototype.toString()` for finite doubles (RFC 8785 § 3.2.2.3).
    static func ecmaScriptNumber(_ value: Double) -> String {
        if value == 0 { return "0" }
        let negative = value < 0
        let description = String(describing: abs(value))
        let parts = description.split(separator: "e")
        let mantissa = parts[0]
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let integerDigits = String(pieces[0])
        let fraction = pieces.count > 1 ? String(pieces[1]) : ""
        var digits = integerDigits + fraction
        var pointPosition = integerDigits.count + exponent
        while digits.hasPrefix("0"), digits.count > 1 {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.hasSuffix("0"), digits.count > 1 { digits.removeLast() }
        return (negative ? "-" : "") + layout(digits: digits, n: pointPosition)
    }

    private static func layout(digits: String, n: Int) -> String {
        let k = digits.count
        if k <= n, n <= 21 { return digits + String(repeating: "0", count: n - k) }
        if 0 < n, n <= 21 {
            let split = digits.index(digits.startIndex, offsetBy: n)
            return String(digits[..<split]) + "." + String(digits[split...])
        }
        if -6 < n, n <= 0 { return "0." + String(repeating: "0", count: -n) + digits }
        let exponent = n - 1
        let sign = exponent < 0 ? "-" : "+"
        let head = String(digits.prefix(1))
        let tail = k > 1 ? "." + String(digits.dropFirst()) : ""
        return head + tail + "e" + sign + String(abs(exponent))
    }
}
