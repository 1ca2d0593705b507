extension Predicate {
    /// The clauses a passing subject satisfied, worded as facts ("EQF 7 ≥ 7", "tags ∋ nlp").
    func matchedClauses(for subject: PredicateSubject) -> [String] {
        let c = subject.credential
        switch self {
        case .always: return []
        case .allOf(let parts): return parts.flatMap { $0.matchedClauses(for: subject) }
        case .anyOf(let parts):
            return parts.first { $0.holds(for: subject) }?.matchedClauses(for: subject) ?? []
        case .not(let inner): return ["not \(inner.summary)"]
        case .eqfMin(let level): return ["EQF \(c.eqfLevel ?? 0) ≥ \(level)"]
        case .eqfMax(let level): return ["EQF \(c.eqfLevel ?? 0) ≤ \(level)"]
        case .tagsAny(let tags):
            let held = Set((c.tags + c.subjects).map { $0.lowercased() })
            return tags.filter { held.contains($0.lowercased()) }.prefix(1).map { "tags ∋ \($0)" }
        case .subjectAny(let codes):
            return codes.filter { code in c.subjects.contains { SubjectCode.matches($0, any: [code]) } }.prefix(1).map { "subject ∈ \($0)" }
        case .issuerIn: return ["issuer \(c.issuerID ?? "")"]
        case .idIn, .equivalentTo: return ["is \(summary)"]
        default: return [summary]
        }
    }
}
