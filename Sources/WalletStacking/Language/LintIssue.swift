/// One problem in a pathway file, located by its key path (e.g. `requirement[2].ects.min`).
public struct LintIssue: Sendable, Equatable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable {
        /// The file cannot be used.
        case error
        /// The file works but probably not as intended.
        case warning
    }

    public var severity: Severity
    /// The TOML key path, or "(file)" for whole-file problems.
    public var key: String
    public var message: String

    public init(severity: Severity, key: String, message: String) {
        self.severity = severity
        self.key = key
        self.message = message
    }

    /// "error: requirement[2].ects.min: must be a number, found string".
    public var description: String { "\(severity.rawValue): \(key): \(message)" }
}
