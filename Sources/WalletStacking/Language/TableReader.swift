import Foundation

/// Collects lint issues while a pathway file is compiled.
final class IssueLog {
    private(set) var issues: [LintIssue] = []

    func error(_ key: String, _ message: String) {
        issues.append(LintIssue(severity: .error, key: key, message: message))
    }

    func warning(_ key: String, _ message: String) {
        issues.append(LintIssue(severity: .warning, key: key, message: message))
    }

    var hasErrors: Bool { issues.contains { $0.severity == .error } }
}

/// Typed, path-aware access to one TOML table; every type mismatch is logged with its key path.
struct TableReader {
    let path: String
    let entries: [String: TOMLNode]
    let log: IssueLog

    init(path: String, entries: [String: TOMLNode], log: IssueLog) {
        self.path = path
        self.entries = entries
        self.log = log
    }

    func keyPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// Logs every key not in `known` (a typo such as `ectz` must not be silently ignored).
    func checkKeys(_ known: Set<String>) {
        for key in entries.keys.sorted() where !known.contains(key) {
            log.error(keyPath(key), "unknown key; expected one of \(known.sorted().joined(separator: ", "))")
        }
    }

    func has(_ key: String) -> Bool { entries[key] != nil }

    func mismatch(_ key: String, _ expected: String, _ found: TOMLNode) {
        log.error(keyPath(key), "must be \(expected), found \(found.typeName)")
    }

    func string(_ key: String, required: Bool = false) -> String? {
        guard let node = entries[key] else {
            if required { log.error(keyPath(key), "is required") }
            return nil
        }
        guard case .string(let value) = node else { mismatch(key, "a string", node); return nil }
        return value
    }

    func bool(_ key: String) -> Bool? {
        guard let node = entries[key] else { return nil }
        guard case .bool(let value) = node else { mismatch(key, "true or false", node); return nil }
        return value
    }

    func int(_ key: String) -> Int? {
        guard let node = entries[key] else { return nil }
        guard case .integer(let value) = node else { mismatch(key, "an integer", node); return nil }
        return value
    }

    func number(_ key: String) -> Double? {
        guard let node = entries[key] else { return nil }
        switch node {
        case .integer(let value): return Double(value)
        case .double(let value): return value
        default: mismatch(key, "a number", node); return nil
        }
    }

    /// A non-negative credit value in hundredths.
    func credit(_ key: String) -> Int? {
        guard let value = number(key) else { return nil }
        if value < 0 { log.error(keyPath(key), "must not be negative"); return nil }
        let hundredths = Credit.hundredths(value)
        if abs(Double(hundredths) - value * 100) > 1e-6 {
            log.warning(keyPath(key), "has more than two decimals; rounded to \(Credit.text(hundredths))")
        }
        return hundredths
    }

    func strings(_ key: String) -> [String]? {
        guard let node = entries[key] else { return nil }
        guard case .array(let items) = node else { mismatch(key, "an array of strings", node); return nil }
        var values: [String] = []
        for (index, item) in items.enumerated() {
            guard case .string(let value) = item else {
                log.error("\(keyPath(key))[\(index)]", "must be a string, found \(item.typeName)")
                continue
            }
            values.append(value)
        }
        return values
    }

    func table(_ key: String) -> TableReader? {
        guard let node = entries[key] else { return nil }
        guard case .table(let child) = node else { mismatch(key, "a table", node); return nil }
        return TableReader(path: keyPath(key), entries: child, log: log)
    }

    /// An array of tables (`[[requirement]]`), each with its indexed key path.
    func tables(_ key: String) -> [TableReader] {
        guard let node = entries[key] else { return [] }
        guard case .array(let items) = node else { mismatch(key, "an array of tables", node); return [] }
        return items.enumerated().compactMap { index, item in
            guard case .table(let child) = item else {
                log.error("\(keyPath(key))[\(index)]", "must be a table, found \(item.typeName)")
                return nil
            }
            return TableReader(path: "\(keyPath(key))[\(index)]", entries: child, log: log)
        }
    }

    /// A date written as a TOML date or a "YYYY-MM-DD" string.
    func date(_ key: String) -> Date? {
        guard let node = entries[key] else { return nil }
        switch node {
        case .date(let year, let month, let day): return CalendarDate.make(year: year, month: month, day: day)
        case .string(let text):
            guard let date = CalendarDate.parse(text) else {
                log.error(keyPath(key), "must be a date YYYY-MM-DD, found \"\(text)\""); return nil
            }
            return date
        default: mismatch(key, "a date", node); return nil
        }
    }
}
