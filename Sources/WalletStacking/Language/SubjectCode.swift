import Foundation

/// ISCED-F subject matching: "isced-f:0613", "0613" and "0613 Software development" are one field.
enum SubjectCode {
    /// The bare code or lowercased label of a subject.
    ///
    /// Trims what `CharacterSet.whitespaces` trims (tab and Unicode `Zs`). Runs for every subject test
    /// of every eligibility check, so ASCII text (all real codes) takes a byte-level path.
    static func normalised(_ text: String) -> String {
        if let fast = asciiNormalised(text) { return fast }
        let scalars = text.lowercased().unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }), let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        var value = String(scalars[start...end])
        for prefix in prefixes where value.hasPrefix(prefix) {
            value.removeFirst(prefix.count)
        }
        return value
    }

    private static let prefixes = ["isced-f:", "isced:", "iscedf:"]
    private static let asciiPrefixes = prefixes.map { Array($0.utf8) }

    /// `normalised` for ASCII text; nil when the text has other characters.
    private static func asciiNormalised(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        var start = first
        for prefix in asciiPrefixes where last - start + 1 >= prefix.count && bytes[start..<(start + prefix.count)].elementsEqual(prefix) {
            start += prefix.count
        }
        // A bare prefix ("isced-f:") leaves nothing, as the general path's `removeFirst` does.
        guard start <= last else { return "" }
        return String(decoding: bytes[start...last], as: UTF8.self)
    }

    private static func leadingDigits(_ value: String) -> String {
        String(value.prefix(while: isNumeral))
    }

    /// `Character.isNumber` without the Unicode property lookup for ASCII (only 0–9 qualify there).
    static func isNumeral(_ c: Character) -> Bool {
        if let ascii = c.asciiValue { return ascii >= 0x30 && ascii <= 0x39 }
        return c.isNumber
    }

    /// A subject text as matching reads it, worked out once per text when a cache is given.
    struct Form {
        /// `normalised(text)`.
        let value: String
        /// Its leading ISCED-F digits.
        let digits: String
        /// Whether the value is all digits (a code, or a code prefix such as a broad field).
        let isCode: Bool

        init(_ text: String) {
            value = SubjectCode.normalised(text)
            digits = SubjectCode.leadingDigits(value)
            isCode = value.allSatisfy(SubjectCode.isNumeral)
        }
    }

    /// Whether `subject` is one of `codes`, or falls under one of them that is a code prefix.
    static func matches(_ subject: String, any codes: [String], cache: SubjectCache? = nil) -> Bool {
        let form = cache?.form(subject) ?? Form(subject)
        return codes.contains { wanted in
            let target = cache?.form(wanted) ?? Form(wanted)
            if target.value == form.value { return true }
            return !form.digits.isEmpty && target.isCode && form.digits.hasPrefix(target.value)
        }
    }

    static func broadMatches(_ subject: String, any codes: [String], cache: SubjectCache? = nil) -> Bool {
        let code = (cache?.form(subject) ?? Form(subject)).digits
        guard code.count >= 2 else { return false }
        return codes.contains { code.hasPrefix(cache?.form($0).value ?? normalised($0)) }
    }

    /// The value a `distinct`/`same` key reads: "isced-f-narrow" = 3 digits, "isced-f-broad" = 2.
    static func key(_ subject: String, by: String) -> String {
        let form = Form(subject)
        switch by {
        case "isced-f-broad": return form.digits.count >= 2 ? String(form.digits.prefix(2)) : form.value
        case "isced-f-narrow": return form.digits.count >= 3 ? String(form.digits.prefix(3)) : form.value
        default: return form.value
        }
    }
}
