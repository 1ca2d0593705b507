import Foundation
import WalletJSON

/// Reads typed members of one JSON object, naming the exact path in every error and rejecting
/// members it does not know (a typo such as "eqfLevle" must not silently drop a value).
struct FieldReader {
    let object: JSONObject
    let path: String

    init(_ value: JSONValue, path: String, allowed: Set<String>) throws(SelfAssertedError) {
        guard let object = value.objectValue else { throw SelfAssertedError(path: path, problem: "expected an object") }
        if let unknown = object.keys.first(where: { !allowed.contains($0) }) {
            throw SelfAssertedError(path: "\(path).\(unknown)", problem: "unknown member (allowed: \(allowed.sorted().joined(separator: ", ")))")
        }
        self.object = object
        self.path = path
    }

    func string(_ key: String) throws(SelfAssertedError) -> String? {
        guard let value = present(key) else { return nil }
        guard let text = value.stringValue else { throw error(key, "expected a string") }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    func strings(_ key: String) throws(SelfAssertedError) -> [String] {
        var out: [String] = []
        for (index, item) in list(key).enumerated() {
            guard let text = item.stringValue else { throw error("\(key)[\(index)]", "expected a string") }
            out.append(text)
        }
        return out
    }

    func number(_ key: String) throws(SelfAssertedError) -> Double? {
        guard let value = present(key) else { return nil }
        guard let number = value.doubleValue, number.isFinite else { throw error(key, "expected a number") }
        return number
    }

    func bool(_ key: String) throws(SelfAssertedError) -> Bool? {
        guard let value = present(key) else { return nil }
        guard let flag = value.boolValue else { throw error(key, "expected true or false") }
        return flag
    }

    func date(_ key: String) throws(SelfAssertedError) -> Date? {
        guard let text = try string(key) else { return nil }
        guard let date = DateText.parse(text) else {
            throw error(key, "expected a date as YYYY-MM-DD or an ISO 8601 date-time, got \"\(text)\"")
        }
        return date
    }

    /// The member as a list (a single value counts as one element; absent or null as none).
    func list(_ key: String) -> [JSONValue] {
        present(key)?.asList ?? []
    }

    /// A nested object's reader, or nil when absent.
    func nested(_ key: String, allowed: Set<String>) throws(SelfAssertedError) -> FieldReader? {
        guard let value = present(key) else { return nil }
        return try FieldReader(value, path: "\(path).\(key)", allowed: allowed)
    }

    /// Readers for each object in a list member.
    func nestedList(_ key: String, allowed: Set<String>) throws(SelfAssertedError) -> [FieldReader] {
        var out: [FieldReader] = []
        for (index, item) in list(key).enumerated() {
            out.append(try FieldReader(item, path: "\(path).\(key)[\(index)]", allowed: allowed))
        }
        return out
    }

    func error(_ key: String, _ problem: String) -> SelfAssertedError {
        SelfAssertedError(path: "\(path).\(key)", problem: problem)
    }

    private func present(_ key: String) -> JSONValue? {
        guard let value = object[key], value != .null else { return nil }
        return value
    }
}
