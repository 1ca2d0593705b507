/// Plain-text rendering of stacking results for `cairn stack` (no colour, fits 80 columns).
public struct StackTextRenderer: Sendable {
    /// Titles for credential ids (the wallet's titles), used where an id alone would be opaque.
    public var titles: [String: String]
    /// Show per-credential detail (counted clauses, notes).
    public var verbose: Bool
    /// List the credentials that do not count, with their reason. A transcript for a third party
    /// leaves them out: the reader needs what counts and what is missing, not the whole wallet.
    public var listsNotCounted: Bool

    public init(titles: [String: String] = [:], verbose: Bool = false, listsNotCounted: Bool = true) {
        self.titles = titles
        self.verbose = verbose
        self.listsNotCounted = listsNotCounted
    }

    public func render(_ results: [PathwayResult]) -> String {
        results.map(render).joined(separator: "\n")
    }

    public func render(_ result: PathwayResult) -> String {
        var lines: [String] = []
        let status = result.complete ? "complete" : "incomplete"
        let provisional = result.provisional ? " (provisional: search budget reached, result may not be optimal)" : ""
        lines.append("\(result.title) [\(result.kind)] — \(status)\(provisional)")
        lines.append("  \(result.id)")
        let p = result.progress
        // A pathway without a credit floor (a course, a micro-learning unit) progresses by requirements only.
        let credit = p.requiredECTS > 0
            ? "\(number(p.countedECTS)) of \(number(p.requiredECTS)) ECTS counted"
            : "\(number(p.countedECTS)) ECTS counted (no credit floor)"
        lines.append("  Progress: \(credit); \(p.requirementsMet) of \(p.requirementsTotal) requirements met")
        for requirement in result.requirements {
            let mark = requirement.met ? "✓" : "✗"
            let credit = requirement.requiredECTS > 0 ? " \(number(requirement.countedECTS))/\(number(requirement.requiredECTS)) ECTS" : ""
            lines.append("  \(mark) \(requirement.label.isEmpty ? requirement.id : requirement.label)\(credit)")
            for id in requirement.credentials { lines.append("      · \(name(id))") }
        }
        if !result.missing.isEmpty {
            lines.append("  Missing:")
            for item in result.missing { lines.append("    - \(item.text)") }
        }
        if listsNotCounted, !result.notCounted.isEmpty {
            lines.append("  Not counted:")
            for item in result.notCounted { lines.append("    - \(name(item.credential)): \(item.code.rawValue) — \(item.text)") }
        }
        if verbose { lines += detail(result) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func detail(_ result: PathwayResult) -> [String] {
        var lines: [String] = []
        if !result.counted.isEmpty {
            lines.append("  Why these count:")
            for item in result.counted {
                let clauses = item.clauses.isEmpty ? "" : " (\(item.clauses.joined(separator: "; ")))"
                lines.append("    - \(name(item.credential)) → \(item.requirement): \(number(item.ects)) ECTS\(clauses)")
            }
        }
        let notes = result.notes
        if !notes.isEmpty {
            lines.append("  Notes:")
            for note in notes { lines.append("    - \(note.code.rawValue): \(note.text)") }
        }
        return lines
    }

    private func name(_ id: String) -> String {
        guard let title = titles[id], !title.isEmpty else { return id }
        return "\(title) (\(id.prefix(8)))"
    }

    private func number(_ value: Double) -> String { Credit.text(Credit.hundredths(value)) }
}
