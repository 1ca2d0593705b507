/// The facts a predicate sees: a credential plus its credit in the pathway's unit.
struct PredicateSubject {
    let credential: StackingCredential
    /// Credit in hundredths of the pathway's unit; nil when it cannot be expressed in it.
    let credit: Int?
    /// Shared normalised subject texts (hot eligibility loops pass one; results are the same).
    var cache: SubjectCache? = nil
}

extension Predicate {
    /// Nil when the subject passes; otherwise the first failed clause, worded for the learner
    /// (e.g. "EQF 6 < 7"). Failures are data: they become "why not" explanations.
    func failure(for subject: PredicateSubject) -> String? {
        switch self {
        case .always: return nil
        case .allOf(let parts):
            for part in parts { if let failed = part.failure(for: subject) { return failed } }
            return nil
        case .anyOf(let parts):
            if holds(for: subject) { return nil }
            return "none of: " + parts.compactMap { $0.failure(for: subject) }.joined(separator: "; ")
        case .not(let inner):
            return inner.holds(for: subject) ? "matches an excluded condition (\(inner.summary))" : nil
        default:
            return atomHolds(subject.credential, credit: subject.credit, cache: subject.cache)
                ? nil : atomFailure(subject.credential, credit: subject.credit, cache: subject.cache)
        }
    }

    /// The wording of a failed atom (called only when `atomHolds` is false).
    private func atomFailure(_ c: StackingCredential, credit: Int?, cache: SubjectCache?) -> String? {
        switch self {
        case .subjectAny(let codes):
            return c.subjects.contains { SubjectCode.matches($0, any: codes, cache: cache) }
                ? nil : "subject \(Self.list(c.subjects)) not in \(Self.list(codes))"
        case .subjectBroadAny(let codes):
            return c.subjects.contains { SubjectCode.broadMatches($0, any: codes, cache: cache) }
                ? nil : "broad field of \(Self.list(c.subjects)) not in \(Self.list(codes))"
        case .tagsAny(let tags):
            return Self.overlaps(c.tags + c.subjects, tags) ? nil : "tags \(Self.list(c.tags)) include none of \(Self.list(tags))"
        case .eqfMin(let level):
            guard let eqf = c.eqfLevel else { return "EQF level not stated (needs ≥ \(level))" }
            return eqf >= level ? nil : "EQF \(eqf) < \(level)"
        case .eqfMax(let level):
            guard let eqf = c.eqfLevel else { return "EQF level not stated (needs ≤ \(level))" }
            return eqf <= level ? nil : "EQF \(eqf) > \(level)"
        case .creditMin(let min):
            guard let credit else { return "no credit value" }
            return credit >= min ? nil : "\(Credit.text(credit)) credits < \(Credit.text(min))"
        case .creditMax(let max):
            guard let credit else { return "no credit value" }
            return credit <= max ? nil : "\(Credit.text(credit)) credits > \(Credit.text(max))"
        default:
            return referenceFailure(c)
        }
    }

    private func referenceFailure(_ c: StackingCredential) -> String? {
        switch self {
        case .issuerIn(let ids):
            return c.issuerID.map { ids.contains($0) } == true ? nil : "issuer \(c.issuerID ?? "not stated") not in \(Self.list(ids))"
        case .issuerNotIn(let ids):
            guard let issuer = c.issuerID else { return nil }
            return ids.contains(issuer) ? "issuer \(issuer) is excluded" : nil
        case .issuerTypeIn(let types):
            return Self.overlaps([c.issuerType].compactMap { $0 }, types) ? nil : "issuer type \(c.issuerType ?? "not stated") not in \(Self.list(types))"
        case .settingIn(let settings):
            return Self.overlaps([c.setting].compactMap { $0 }, settings) ? nil : "setting \(c.setting ?? "not stated") not in \(Self.list(settings))"
        case .credentialTypeIn(let types):
            return Self.overlaps([c.credentialType].compactMap { $0 }, types) ? nil : "type \(c.credentialType ?? "not stated") not in \(Self.list(types))"
        case .credentialTypeNotIn(let types):
            return Self.overlaps([c.credentialType].compactMap { $0 }, types) ? "type \(c.credentialType ?? "") is excluded" : nil
        case .idIn(let ids):
            return c.referenceKeys.contains(where: ids.contains) ? nil : "not one of \(Self.list(ids))"
        case .equivalentTo(let target):
            return c.equivalentTo.contains(target) || c.referenceKeys.contains(target) ? nil : "not an accepted equivalent of \(target)"
        case .skillsAny(let skills):
            return Self.overlaps(c.skills, skills) ? nil : "no evidenced skill among \(Self.list(skills))"
        case .graded(let wanted):
            return (GradeScale.numeric(c.grade) != nil) == wanted ? nil : (wanted ? "no grade" : "graded")
        case .statusIn(let statuses):
            return statuses.contains(c.status.rawValue) ? nil : "status \(c.status.rawValue) not in \(Self.list(statuses))"
        case .trackIn(let tracks):
            return c.track.map(tracks.contains) == true ? nil : "track \(c.track ?? "not stated") not in \(Self.list(tracks))"
        default:
            return nil
        }
    }

    static func list(_ values: [String]) -> String {
        values.isEmpty ? "(none)" : "[" + values.joined(separator: ", ") + "]"
    }
}
