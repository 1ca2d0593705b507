import Foundation

/// ISCED-F subject matching: "isced-f:0613", "0613" and "0613 Software development" are one field.
enum SubjectCode {
    /// The bare code or lowercased label of a subject.
    static func normalised(_ text: String) -> String {
        var value = text.lowercased().trimmingCharacters(in: .whitespaces)
        for prefix in ["isced-f:", "isced:", "iscedf:"] where value.hasPrefix(prefix) {
            value.removeFirst(prefix.count)
        }
        return value
    }

    /// The leading digits of a subject, when it starts with an ISCED-F code.
    static func digits(_ text: String) -> String {
        String(normalised(text).prefix { $0.isNumber })
    }

    static func matches(_ subject: String, any codes: [String]) -> Bool {
        let value = normalised(subject)
        let code = digits(subject)
        return codes.contains { wanted in
            let target = normalised(wanted)
            if target == value { return true }
            return !code.isEmpty && target.allSatisfy(\.isNumber) && code.hasPrefix(target)
        }
    }

    static func broadMatches(_ subject: String, any codes: [String]) -> Bool {
        let code = digits(subject)
        guard code.count >= 2 else { return false }
        return codes.contains { code.hasPrefix(normalised($0)) }
    }

    /// The value a `distinct`/`same` key reads: "isced-f-narrow" = 3 digits, "isced-f-broad" = 2.
    static func key(_ subject: String, by: String) -> String {
        let code = digits(subject)
        switch by {
        case "isced-f-broad": return code.count >= 2 ? String(code.prefix(2)) : normalised(subject)
        case "isced-f-narrow": return code.count >= 3 ? String(code.prefix(3)) : normalised(subject)
        default: return normalised(subject)
        }
    }
}
