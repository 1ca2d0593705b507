/// The EU standard elements (Annex I), used to report completeness and value provenance.
public enum StandardElement: String, Codable, Sendable, CaseIterable, CodingKeyRepresentable {
    case learner, title, country, awardingBody, issued, learningOutcomes, workload, level
    case assessment, participation, qualityAssurance
    case prerequisites, identityVerification, grade, integration, furtherInformation

    /// The eleven elements the Recommendation makes mandatory, in Annex I order (a)–(k).
    public static let mandatory: [StandardElement] = [
        .learner, .title, .country, .awardingBody, .issued, .learningOutcomes, .workload, .level,
        .assessment, .participation, .qualityAssurance,
    ]

    /// The optional elements of Annex I.
    public static let optional: [StandardElement] = [
        .prerequisites, .identityVerification, .grade, .integration, .furtherInformation,
    ]

    /// The label used in the detail view and the transcript.
    public var label: String {
        switch self {
        case .learner: "Learner"
        case .title: "Title"
        case .country: "Country of the issuer"
        case .awardingBody: "Awarding body"
        case .issued: "Date of issue"
        case .learningOutcomes: "Learning outcomes"
        case .workload: "Notional workload"
        case .level: "Level (EQF)"
        case .assessment: "Type of assessment"
        case .participation: "Form of participation"
        case .qualityAssurance: "Quality assurance"
        case .prerequisites: "Prerequisites"
        case .identityVerification: "Supervision and identity verification"
        case .grade: "Grade"
        case .integration: "Integration and stackability"
        case .furtherInformation: "Further information"
        }
    }
}
