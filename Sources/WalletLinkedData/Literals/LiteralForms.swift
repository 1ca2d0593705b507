import Foundation

/// Lexical forms JSON-LD toRdf gives numbers (JSON-LD 1.1 API § 8.6 "Object to RDF Conversion").
enum LiteralForms {
    /// The canonical `xsd:double` form as reference processors write it: 16 significant digits
    /// (`toExponential(15)`), trailing zeros trimmed but one fraction digit kept, exponent without
    /// `+` or leading zeros: 1.1 → `1.1E0`, 0.1 → `1.0E-1`, 1e21 → `1.0E21`.
    static func canonicalDouble(_ value: Double) -> String {
        let formatted = String(format: "%.15E", value)
        guard let marker = formatted.firstIndex(of: "E") else { return formatted }
        var mantissa = formatted[..<marker]
        while mantissa.hasSuffix("0"), !mantissa.hasSuffix(".0") { mantissa = mantissa.dropLast() }
        let exponent = Int(formatted[formatted.index(after: marker)...]) ?? 0
        return mantissa + "E" + String(exponent)
    }

    /// The canonical `xsd:integer` form of an integral double (|value| < 10^21).
    static func canonicalInteger(_ value: Double) -> String {
        if let exact = Int64(exactly: value) { return String(exact) }
        return String(format: "%.0f", value)
    }

    /// True when a JSON number must become `xsd:double`: a fractional part or |value| ≥ 10^21.
    static func needsDouble(_ value: Double) -> Bool {
        value.rounded(.towardZero) != value || abs(value) >= 1e21
    }

    /// Well-formed BCP 47 language tag (the syntactic check toRdf applies before emitting a literal).
    static func isWellFormedLanguage(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (1...8).contains(first.count),
            first.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
