/// The boolean side of predicate evaluation: whether a subject passes, without wording a failure.
///
/// Eligibility is tested for every (pathway, requirement, credential) triple — 300 credentials ×
/// 119 pathways × several requirements in the benchmark — and most tests fail. Building the failure
/// text for each was most of a full `stack`; `failure(for:)` words a failure only when `holds` says
/// there is one, so both always agree.
extension Predicate {
    func holds(for subject: PredicateSubject) -> Bool {
        switch self {
        case .always: return true
        case .allOf(let parts): return parts.allSatisfy { $0.holds(for: subject) }
        case .anyOf(let parts): return parts.isEmpty || parts.contains { $0.holds(for: subject) }
        case .not(let inner): return !inner.holds(for: subject)
        default: return atomHolds(subject.credential, credit: subject.credit, cache: subject.cache)
        }
    }

    func atomHolds(_ c: StackingCredential, credit: Int?, cache: SubjectCache? = nil) -> Bool {
        switch self {
        case .subjectAny(let codes): return c.subjects.contains { SubjectCode.matches($0, any: codes, cache: cache) }
        case .subjectBroadAny(let codes): return c.subjects.contains { SubjectCode.broadMatches($0, any: codes, cache: cache) }
        case .tagsAny(let tags): return Self.overlaps(c.tags, tags) || Self.overlaps(c.subjects, tags)
        case .eqfMin(let level): return c.eqfLevel.map { $0 >= level } ?? false
        case .eqfMax(let level): return c.eqfLevel.map { $0 <= level } ?? false
        case .creditMin(let min): return credit.map { $0 >= min } ?? false
        case .creditMax(let max): return credit.map { $0 <= max } ?? false
        case .issuerIn(let ids): return c.issuerID.map { ids.contains($0) } == true
        case .issuerNotIn(let ids): return c.issuerID.map { !ids.contains($0) } ?? true
        case .issuerTypeIn(let types): return Self.overlaps([c.issuerType].compactMap { $0 }, types)
        case .settingIn(let settings): return Self.overlaps([c.setting].compactMap { $0 }, settings)
        case .credentialTypeIn(let types): return Self.overlaps([c.credentialType].compactMap { $0 }, types)
        case .credentialTypeNotIn(let types): return !Self.overlaps([c.credentialType].compactMap { $0 }, types)
        case .idIn(let ids): return c.referenceKeys.contains(where: ids.contains)
        case .equivalentTo(let target): return c.equivalentTo.contains(target) || c.referenceKeys.contains(target)
        case .skillsAny(let skills): return Self.overlaps(c.skills, skills)
        case .graded(let wanted): return (GradeScale.numeric(c.grade) != nil) == wanted
        case .statusIn(let statuses): return statuses.contains(c.status.rawValue)
        case .trackIn(let tracks): return c.track.map(tracks.contains) == true
        case .always, .allOf, .anyOf, .not: return holds(for: PredicateSubject(credential: c, credit: credit, cache: cache))
        }
    }

    static func overlaps(_ values: [String], _ wanted: [String]) -> Bool {
        values.contains { value in wanted.contains { equalIgnoringCase($0, value) } }
    }

    /// `a.lowercased() == b.lowercased()` without building two strings per test: ASCII letters are
    /// folded byte by byte; anything else takes the exact (allocating) path.
    static func equalIgnoringCase(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let x = a.utf8, y = b.utf8
        if x.contains(where: { $0 >= 0x80 }) || y.contains(where: { $0 >= 0x80 }) { return a.lowercased() == b.lowercased() }
        guard x.count == y.count else { return false }
        let fold: (UInt8) -> UInt8 = { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        return zip(x, y).allSatisfy { fold($0) == fold($1) }
    }
}
