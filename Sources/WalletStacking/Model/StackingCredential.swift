import Foundation
import WalletModel

/// The facts the stacking engine reads from one held credential (stacking.md § 3.6).
///
/// A small projection rather than `Credential` itself: tests and what-if runs can build one without
/// original bytes or proofs, and the engine never sees data it does not use. Workloads are kept in
/// every stated unit; a pathway converts only at rates it declares.
public struct StackingCredential: Codable, Equatable, Sendable {
    /// The wallet identifier (a `CredentialID` raw value, or `parent/n` for a nested component).
    public var id: String
    public var title: String
    public var workload: [Workload]
    public var eqfLevel: Int?
    /// Whether the assessment was summative; nil when the credential does not say.
    public var summativeAssessment: Bool?
    /// Whether the learner's identity was verified at assessment; nil when not stated.
    public var identityVerified: Bool?
    /// Quality-assurance statements (types and bodies, lowercased), plus "external" when stated so.
    public var qualityAssurance: [String]
    /// Fields of study as stated (ISCED-F codes or labels).
    public var subjects: [String]
    /// Free tags (lowercased), matched by `tags_any`.
    public var tags: [String]
    /// Skill URIs and labels from the learning outcomes, matched by `skills_any`.
    public var skills: [String]
    public var issuerID: String?
    /// The issuer's kind, e.g. "hei" or "non-hei", when known.
    public var issuerType: String?
    /// "formal", "non-formal" or "informal", when stated.
    public var setting: String?
    /// The achievement type, lowercased (e.g. "micro-credential", "thesis", "bachelor").
    public var credentialType: String?
    /// The issuer's identifier of the achievement; equal identifiers are attempts at the same thing.
    public var achievementID: String?
    /// The issuer's identifier of this credential (URL, URN or DID).
    public var credentialIdentifier: String?
    public var issued: Date?
    public var validUntil: Date?
    public var status: CredentialStatus
    /// True only when a proof was checked and held.
    public var verified: Bool
    /// True when the issuer's proof or issuer binding was checked and *failed*: the stated facts
    /// (credits, level, subject) may have been altered, so no pathway counts the credential.
    public var tampered = false
    public var grade: String?
    /// The coherent track or programme the credential belongs to (for `same = ["track"]`).
    public var track: String?
    /// Identifiers of the parts this credential is made of.
    public var hasPart: [String]
    /// Identifiers of the containers this credential is part of.
    public var isPartOf: [String]
    /// Identifiers this credential is an exact match of (CLR `exactMatchOf`, transfer tables).
    public var equivalentTo: [String]
    /// Nested records (CLR achievements, ELM parts), stacked as parts of this credential.
    public var components: [StackingCredential]

    public init(
        id: String, title: String = "", workload: [Workload] = [], eqfLevel: Int? = nil,
        summativeAssessment: Bool? = nil, identityVerified: Bool? = nil, qualityAssurance: [String] = [],
        subjects: [String] = [], tags: [String] = [], skills: [String] = [], issuerID: String? = nil,
        issuerType: String? = nil, setting: String? = nil, credentialType: String? = nil,
        achievementID: String? = nil, credentialIdentifier: String? = nil, issued: Date? = nil,
        validUntil: Date? = nil, status: CredentialStatus = .earned, verified: Bool = true,
        grade: String? = nil, track: String? = nil, hasPart: [String] = [], isPartOf: [String] = [],
        equivalentTo: [String] = [], components: [StackingCredential] = []
    ) {
        self.id = id
        self.title = title
        self.workload = workload
        self.eqfLevel = eqfLevel
        self.summativeAssessment = summativeAssessment
        self.identityVerified = identityVerified
        self.qualityAssurance = qualityAssurance
        self.subjects = subjects
        self.tags = tags
        self.skills = skills
        self.issuerID = issuerID
        self.issuerType = issuerType
        self.setting = setting
        self.credentialType = credentialType
        self.achievementID = achievementID
        self.credentialIdentifier = credentialIdentifier
        self.issued = issued
        self.validUntil = validUntil
        self.status = status
        self.verified = verified
        self.grade = grade
        self.track = track
        self.hasPart = hasPart
        self.isPartOf = isPartOf
        self.equivalentTo = equivalentTo
        self.components = components
    }

    /// The stated value in a unit, if any.
    func workload(in unit: WorkloadUnit) -> Double? {
        workload.first { $0.unit == unit }?.value
    }

    /// Every identifier other records may use to point at this one.
    var referenceKeys: [String] {
        [id, achievementID, credentialIdentifier].compactMap { $0 }
    }
}
