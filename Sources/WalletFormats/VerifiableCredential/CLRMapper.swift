import WalletJSON
import WalletModel

/// CLR 2.0: nested AchievementCredentials and bare achievements become `components`;
/// `association[]` (isPartOf, precedes…) becomes integration notes.
extension RecordBuilder {
    mutating func mapClr() {
        guard VCFormatDetector.types(of: credential).contains("ClrCredential") else { return }
        for nested in (subject["verifiableCredential"]?.asList ?? []).compactMap(\.objectValue) {
            record.components.append(VCRecordMapper.record(from: nested))
        }
        for (index, achievement) in (subject["achievement"]?.asList ?? []).compactMap(\.objectValue).enumerated() {
            var part = RecordBuilder(credential: JSONObject())
            part.mapAchievement(achievement, path: "$.credentialSubject.achievement[\(index)]")
            record.components.append(part.record)
        }
        let associations = (subject["association"]?.asList ?? []).compactMap(\.objectValue)
        guard !associations.isEmpty || !record.components.isEmpty else { return }
        var integration = record.integration ?? Integration()
        integration.hasPart += record.components.compactMap { $0.achievementIdentifier ?? $0.title }
        integration.notes += associations.compactMap { association in
            guard let type = association["associationType"]?.stringValue, let source = association["sourceId"]?.stringValue,
                let target = association["targetId"]?.stringValue
            else { return nil }
            return "\(source) \(type) \(target)"
        }
        record.integration = integration
        record.sources[.integration] = "$.credentialSubject.verifiableCredential"
    }
}
