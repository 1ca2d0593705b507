/// One pathway's stacking result: the `stack --json` object (issue 6), plus explanation detail
/// for the text view that the JSON shape does not carry.
public struct PathwayResult: Codable, Equatable, Sendable {
    public var id: String
    public var title: String
    public var kind: String
    public var complete: Bool
    /// True when the work budget ran out before optimality was proved (see `bound`).
    public var provisional: Bool
    public var progress: Progress
    public var requirements: [RequirementResult]
    public var missing: [MissingItem]
    public var notCounted: [NotCounted]

    // Not in the JSON shape:
    /// Every counted credential with the requirement it counts toward and the clauses it matched.
    public var counted: [CountedCredential] = []
    /// Warnings (unit inconsistencies, lapses before application, pin conflicts, no-split notes).
    public var notes: [CredentialNote] = []
    /// The objective vector reached (stacking.md § 4.3), for tests and diagnostics.
    public var objective: [Int] = []
    /// When provisional: an upper bound on the objective no allocation can beat.
    public var bound: [Int] = []
    /// Search nodes the exact solve visited (diagnostics for the benchmark; not in the JSON shape).
    public var searchNodes = 0

    enum CodingKeys: String, CodingKey {
        case id, title, kind, complete, provisional, progress, requirements, missing
        case notCounted = "not_counted"
    }

    public init(
        id: String, title: String, kind: String, complete: Bool, provisional: Bool, progress: Progress,
        requirements: [RequirementResult], missing: [MissingItem], notCounted: [NotCounted]
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.complete = complete
        self.provisional = provisional
        self.progress = progress
        self.requirements = requirements
        self.missing = missing
        self.notCounted = notCounted
    }

    /// The requirement entry with an id, if any.
    public func requirement(_ id: String) -> RequirementResult? { requirements.first { $0.id == id } }

    /// The reason a credential does not count, if it does not.
    public func reason(for credential: String) -> NotCounted? { notCounted.first { $0.credential == credential } }
}

/// `progress`: capped requirement progress and counted credit.
public struct Progress: Codable, Equatable, Sendable {
    public var countedECTS: Double
    public var requiredECTS: Double
    public var requirementsMet: Int
    public var requirementsTotal: Int

    enum CodingKeys: String, CodingKey {
        case countedECTS = "counted_ects"
        case requiredECTS = "required_ects"
        case requirementsMet = "requirements_met"
        case requirementsTotal = "requirements_total"
    }

    public init(countedECTS: Double, requiredECTS: Double, requirementsMet: Int, requirementsTotal: Int) {
        self.countedECTS = countedECTS
        self.requiredECTS = requiredECTS
        self.requirementsMet = requirementsMet
        self.requirementsTotal = requirementsTotal
    }
}

/// One requirement or constraint and what counts toward it.
public struct RequirementResult: Codable, Equatable, Sendable {
    public var id: String
    public var label: String
    public var met: Bool
    public var countedECTS: Double
    public var requiredECTS: Double
    /// Credential ids counted here, in canonical order.
    public var credentials: [String]

    enum CodingKeys: String, CodingKey {
        case id, label, met, credentials
        case countedECTS = "counted_ects"
        case requiredECTS = "required_ects"
    }

    public init(id: String, label: String, met: Bool, countedECTS: Double, requiredECTS: Double, credentials: [String]) {
        self.id = id
        self.label = label
        self.met = met
        self.countedECTS = countedECTS
        self.requiredECTS = requiredECTS
        self.credentials = credentials
    }
}

/// The cheapest completion of one unmet requirement.
public struct MissingItem: Codable, Equatable, Sendable {
    public var requirement: String
    /// Credit still needed (0 when the gap is not about credit, e.g. a count or a skill).
    public var ects: Double
    public var text: String

    public init(requirement: String, ects: Double, text: String) {
        self.requirement = requirement
        self.ects = ects
        self.text = text
    }
}

/// A credential that does not count, with exactly one reason.
public struct NotCounted: Codable, Equatable, Sendable {
    public var credential: String
    public var code: ReasonCode
    public var text: String

    public init(credential: String, code: ReasonCode, text: String) {
        self.credential = credential
        self.code = code
        self.text = text
    }
}

/// A counted credential: where it counts, how much, and the clauses it matched.
public struct CountedCredential: Codable, Equatable, Sendable {
    public var credential: String
    public var requirement: String
    public var ects: Double
    public var clauses: [String]

    public init(credential: String, requirement: String, ects: Double, clauses: [String]) {
        self.credential = credential
        self.requirement = requirement
        self.ects = ects
        self.clauses = clauses
    }
}
