import Foundation

/// The EU standard elements of a micro-credential (Council Recommendation 2022/C 243/02, Annex I),
/// normalised from whatever format the credential arrived in.
///
/// Every element is optional: a value the credential does not state is nil (or empty) and is shown
/// as "not stated" — never guessed, never converted silently. `sources` keeps, for each element
/// that was filled, the JSON path it came from, so the detail view can show where a value lives.
public struct CredentialRecord: Codable, Equatable, Sendable {
    // MARK: - Annex I mandatory elements
    /// (a) Identification of the learner.
    public var learner: Learner?
    /// (b) Title of the micro-credential.
    public var title: String?
    /// (c) Country/region of the issuer: carried on `awardingBody.country` / `issuer.country`.
    /// (d) Awarding body.
    public var awardingBody: Organisation?
    /// The organisation that issued/sealed the credential, when it differs from the awarding body
    /// (a platform, a registry or a sealing authority).
    public var issuer: Organisation?
    /// (e) Date of issuing.
    public var issued: Date?
    /// (f) Learning outcomes.
    public var learningOutcomes: [LearningOutcome]
    /// (g) Notional workload, in every unit the credential states (ECTS, hours, other credit systems).
    public var workload: [Workload]
    /// (h) Level on the European Qualifications Framework, 1–8.
    public var eqfLevel: Int?
    /// (h) Levels on national or other frameworks.
    public var otherLevels: [QualificationLevel]
    /// (i) Type of assessment.
    public var assessment: Assessment?
    /// (j) Form of participation in the learning activity.
    public var participation: Participation?
    /// (k) Type of quality assurance used to underpin the credential.
    public var qualityAssurance: [QualityAssurance]

    // MARK: - Annex I optional elements
    /// Prerequisites needed to enrol.
    public var prerequisites: String?
    /// Supervision and identity verification during assessment.
    public var identityVerification: IdentityVerification?
    /// The grade achieved.
    public var grade: String?
    /// Integration/stackability options: what this credential is part of, or made of.
    public var integration: Integration?
    /// Further information (notes, links, supplementary documents).
    public var furtherInformation: [String]

    // MARK: - Other facts
    /// A longer description of the achievement.
    public var description: String?
    /// The issuer's identifier for the credential (a URL, URN or DID), when it has one.
    public var credentialIdentifier: String?
    /// The issuer's identifier for the achievement or qualification.
    public var achievementIdentifier: String?
    /// The achievement type as the issuer declares it (e.g. "MicroCredential", "Course").
    public var achievementType: String?
    /// Fields of study / thematic areas (free text or ISCED-F labels).
    public var fieldsOfStudy: [String]
    /// Languages of instruction or assessment (BCP 47 or ISO 639 codes as stated).
    public var languages: [String]
    /// Start of validity (`validFrom` / `issuanceDate`).
    public var validFrom: Date?
    /// End of validity (`validUntil` / `expirationDate`).
    public var validUntil: Date?
    /// Nested achievements (CLR 2.0 records, ELM qualifications with parts); usable by stacking.
    public var components: [CredentialRecord]
    /// JSON path of the value behind each filled element, for the detail view.
    public var sources: [StandardElement: String]

    public init(
        learner: Learner? = nil, title: String? = nil, awardingBody: Organisation? = nil,
        issuer: Organisation? = nil, issued: Date? = nil, learningOutcomes: [LearningOutcome] = [],
        workload: [Workload] = [], eqfLevel: Int? = nil, otherLevels: [QualificationLevel] = [],
        assessment: Assessment? = nil, participation: Participation? = nil,
        qualityAssurance: [QualityAssurance] = [], prerequisites: String? = nil,
        identityVerification: IdentityVerification? = nil, grade: String? = nil,
        integration: Integration? = nil, furtherInformation: [String] = [],
        description: String? = nil, credentialIdentifier: String? = nil,
        achievementIdentifier: String? = nil, achievementType: String? = nil,
        fieldsOfStudy: [String] = [], languages: [String] = [], validFrom: Date? = nil,
        validUntil: Date? = nil, components: [CredentialRecord] = [],
        sources: [StandardElement: String] = [:]
    ) {
        self.learner = learner
        self.title = title
        self.awardingBody = awardingBody
        self.issuer = issuer
        self.issued = issued
        self.learningOutcomes = learningOutcomes
        self.workload = workload
        self.eqfLevel = eqfLevel
        self.otherLevels = otherLevels
        self.assessment = assessment
        self.participation = participation
        self.qualityAssurance = qualityAssurance
        self.prerequisites = prerequisites
        self.identityVerification = identityVerification
        self.grade = grade
        self.integration = integration
        self.furtherInformation = furtherInformation
        self.description = description
        self.credentialIdentifier = credentialIdentifier
        self.achievementIdentifier = achievementIdentifier
        self.achievementType = achievementType
        self.fieldsOfStudy = fieldsOfStudy
        self.languages = languages
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.components = components
        self.sources = sources
    }

    /// The ECTS value when the credential states its workload in ECTS; nil otherwise (never converted).
    public var ects: Double? { workload.first { $0.unit == .ects }?.value }

    /// The country of the awarding body, else of the issuer.
    public var country: String? { awardingBody?.country ?? issuer?.country }
}
