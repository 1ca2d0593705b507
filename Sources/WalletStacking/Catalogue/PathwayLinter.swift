/// Checks pathway files for `cairn pathways check FILE`: every problem with its key path.
public struct PathwayLinter: Sendable {
    public init() {}

    /// All errors and warnings in one file's text (empty = clean).
    public func lint(_ text: String) -> [LintIssue] {
        let log = IssueLog()
        _ = PathwayCompiler.compile(text, origin: "lint", log: log)
        return log.issues
    }

    /// Lints against a catalogue too: unknown sharing partners and id clashes become warnings.
    public func lint(_ text: String, against catalogue: PathwayCatalogue) -> [LintIssue] {
        let log = IssueLog()
        guard let pathway = PathwayCompiler.compile(text, origin: "lint", log: log) else { return log.issues }
        for (index, limit) in pathway.sharing.limits.enumerated() where catalogue.pathway(limit.with) == nil {
            log.warning("sharing.limit[\(index)].with", "no pathway \"\(limit.with)\" in the catalogue; the limit has no effect")
        }
        if let existing = catalogue.pathway(pathway.id) {
            log.warning("id", "\"\(pathway.id)\" is also defined by \(existing.origin); this file replaces it")
        }
        return log.issues
    }

    /// True when the issues contain no error.
    public static func passes(_ issues: [LintIssue]) -> Bool { !issues.contains { $0.severity == .error } }
}
