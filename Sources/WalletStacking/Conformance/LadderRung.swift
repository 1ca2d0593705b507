/// A credential's rung on the credit ladder (domain.md § 4); boundaries as in the EMC-LM 2021 annex.
public enum LadderRung: String, Codable, Sendable, CaseIterable {
    case microLearningUnit = "micro-learning-unit"
    case course
    case cmfMicrocredential = "cmf-microcredential"
    case shortProgramme = "short-programme"
    case microdegree
    case shortCycle = "short-cycle"
    case bachelor
    case master
    /// No ECTS stated and no degree type: the rung cannot be told without converting units.
    case unknown

    public var label: String {
        switch self {
        case .microLearningUnit: "micro-learning unit (< 1 ECTS)"
        case .course: "credit-bearing course"
        case .cmfMicrocredential: "CMF micro-credential (4–6 ECTS)"
        case .shortProgramme: "short programme (14–16 ECTS)"
        case .microdegree: "microdegree (20–40 ECTS)"
        case .shortCycle: "short-cycle degree"
        case .bachelor: "bachelor (180/240 ECTS)"
        case .master: "master (60/90/120 ECTS)"
        case .unknown: "not placed (no ECTS stated)"
        }
    }

    /// Places a credential: a declared degree type first, then its ECTS size. A 4–6 ECTS credential
    /// reaches the CMF rung only if it conforms to the CMF; otherwise it is a course.
    public static func of(_ c: StackingCredential, conformance: CMFConformance? = nil) -> LadderRung {
        let type = c.credentialType ?? ""
        if type.contains("master") && !type.contains("micromaster") { return .master }
        if type.contains("bachelor") { return .bachelor }
        if type.contains("short-cycle") || type.contains("short cycle") { return .shortCycle }
        guard let ects = c.workload(in: .ects) else { return .unknown }
        let size = Credit.hundredths(ects)
        switch size {
        case ..<100: return .microLearningUnit
        case 400...600: return (conformance ?? CMFChecker().check(c)).conforms ? .cmfMicrocredential : .course
        case ..<1400: return .course
        case ..<2000: return .shortProgramme
        case ..<6000: return .microdegree
        default: return c.eqfLevel == 5 ? .shortCycle : (c.eqfLevel ?? 0) >= 7 ? .master : .bachelor
        }
    }
}
