/// How many of the mandatory EU standard elements a credential states.
public struct Completeness: Equatable, Sendable {
    public let present: [StandardElement]
    public let missing: [StandardElement]

    /// The line the detail view shows, e.g. "9 of 11 mandatory elements".
    public var summary: String { "\(present.count) of \(StandardElement.mandatory.count) mandatory elements" }

    /// The share of mandatory elements present, 0...1.
    public var ratio: Double { Double(present.count) / Double(StandardElement.mandatory.count) }
}

extension CredentialRecord {
    /// Whether the record states a value for `element`.
    public func states(_ element: StandardElement) -> Bool {
        switch element {
        case .learner: learner?.isEmpty == false
        case .title: title?.isEmpty == false
        case .country: country?.isEmpty == false
        case .awardingBody: awardingBody?.name?.isEmpty == false || awardingBody?.id != nil
        case .issued: issued != nil
        case .learningOutcomes: !learningOutcomes.isEmpty
        case .workload: !workload.isEmpty
        case .level: eqfLevel != nil || !otherLevels.isEmpty
        case .assessment: assessment != nil
        case .participation: participation != nil
        case .qualityAssurance: !qualityAssurance.isEmpty
        case .prerequisites: prerequisites != nil
        case .identityVerification: identityVerification != nil
        case .grade: grade != nil
        case .integration: integration != nil
        case .furtherInformation: !furtherInformation.isEmpty
        }
    }

    /// The mandatory elements present and missing.
    public var completeness: Completeness {
        let present = StandardElement.mandatory.filter { states($0) }
        let missing = StandardElement.mandatory.filter { !states($0) }
        return Completeness(present: present, missing: missing)
    }
}
