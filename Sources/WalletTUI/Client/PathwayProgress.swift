import WalletModel

/// Progress toward one pathway (a CMF micro-credential, a microdegree, a degree) for the stacking screen.
///
/// A deliberately small value so the UI does not depend on the stacking engine's internals: the
/// CLI maps `WalletStacking` results (or, until then, ladder totals) into it.
public struct PathwayProgress: Equatable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var countedECTS: Double
    public var requiredECTS: Double
    public var requirementsMet: Int
    public var requirementsTotal: Int
    public var requirements: [RequirementProgress]

    public init(
        id: String, title: String, countedECTS: Double, requiredECTS: Double, requirementsMet: Int,
        requirementsTotal: Int, requirements: [RequirementProgress] = []
    ) {
        self.id = id
        self.title = title
        self.countedECTS = countedECTS
        self.requiredECTS = requiredECTS
        self.requirementsMet = requirementsMet
        self.requirementsTotal = requirementsTotal
        self.requirements = requirements
    }

    /// Counted over required ECTS, 0...1 (1 when nothing is required).
    public var ratio: Double {
        if requiredECTS > 0 { return min(1, countedECTS / requiredECTS) }
        // A pathway with no ECTS floor (e.g. "one assessed course") progresses by requirements met.
        return requirementsTotal > 0 ? Double(requirementsMet) / Double(requirementsTotal) : 0
    }
}

/// One node of a pathway's requirement tree.
public struct RequirementProgress: Equatable, Sendable {
    public var title: String
    public var met: Bool
    /// A short measure, e.g. "6 of 10 ECTS" or "2 of 3 courses".
    public var detail: String?
    /// Credentials that count toward this requirement.
    public var credentialIDs: [CredentialID]
    /// What is still missing, in words ("4 more ECTS at EQF 6 or above").
    public var missing: String?
    /// Credentials that looked relevant but do not count, with the reason.
    public var notCounted: [NotCountedCredential]
    public var children: [RequirementProgress]

    public init(
        title: String, met: Bool, detail: String? = nil, credentialIDs: [CredentialID] = [],
        missing: String? = nil, notCounted: [NotCountedCredential] = [], children: [RequirementProgress] = []
    ) {
        self.title = title
        self.met = met
        self.detail = detail
        self.credentialIDs = credentialIDs
        self.missing = missing
        self.notCounted = notCounted
        self.children = children
    }
}

/// A credential that does not count toward a requirement, and why.
public struct NotCountedCredential: Equatable, Sendable {
    public var id: CredentialID
    public var reason: String

    public init(id: CredentialID, reason: String) {
        self.id = id
        self.reason = reason
    }
}
