extension Predicate {
    /// A short phrase for completion texts, e.g. "at EQF ≥ 7 in 0613": what a new credential needs.
    var summary: String {
        switch self {
        case .always: return "of any kind"
        case .allOf(let parts): return parts.filter { !$0.isAlways }.map(\.summary).joined(separator: " ")
        case .anyOf(let parts): return "(" + parts.map(\.summary).joined(separator: " or ") + ")"
        case .not(let inner): return "not \(inner.summary)"
        case .subjectAny(let codes): return "in \(codes.joined(separator: "/"))"
        case .subjectBroadAny(let codes): return "in broad field \(codes.joined(separator: "/"))"
        case .tagsAny(let tags): return "tagged \(tags.joined(separator: "/"))"
        case .eqfMin(let level): return "at EQF ≥ \(level)"
        case .eqfMax(let level): return "at EQF ≤ \(level)"
        case .creditMin(let value): return "of at least \(Credit.text(value)) credits each"
        case .creditMax(let value): return "of at most \(Credit.text(value)) credits each"
        case .issuerIn(let ids): return "from \(ids.joined(separator: "/"))"
        case .issuerNotIn(let ids): return "not from \(ids.joined(separator: "/"))"
        case .issuerTypeIn(let types): return "from a \(types.joined(separator: "/")) issuer"
        case .settingIn(let settings): return "in a \(settings.joined(separator: "/")) setting"
        case .credentialTypeIn(let types): return "of type \(types.joined(separator: "/"))"
        case .credentialTypeNotIn(let types): return "not of type \(types.joined(separator: "/"))"
        case .idIn(let ids): return ids.joined(separator: " or ")
        case .equivalentTo(let target): return "equivalent to \(target)"
        case .skillsAny(let skills): return "evidencing \(skills.joined(separator: "/"))"
        case .graded(let wanted): return wanted ? "graded" : "ungraded"
        case .statusIn(let statuses): return "with status \(statuses.joined(separator: "/"))"
        case .trackIn(let tracks): return "in track \(tracks.joined(separator: "/"))"
        }
    }
}
