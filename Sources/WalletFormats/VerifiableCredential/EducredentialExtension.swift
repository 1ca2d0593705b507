import WalletJSON
import WalletModel

/// The edubadges / educredentials OB 3.0 achievement extension (SURF, the Dutch NREN:
/// github.com/educredentials/obv3-examples, context `contexts/educredential.json`), which states
/// the EU micro-credential elements OB 3.0 itself lacks.
///
/// Read because it is the one published OB 3.0 convention that names its credit unit: `ECTS` is
/// ECTS by definition, so it is not a guess (unlike the unit-less `creditsAvailable`). Members:
/// `ECTS`, `studyLoad` (hours), `participationType`, `assessmentType`, `identityChecked`,
/// `supervisionType`, and alignments typed `ext:EQF` / `ext:QualityAssurance`.
extension RecordBuilder {
    mutating func mapEducredentialExtension(_ achievement: JSONObject, path: String) {
        var workload: [Workload] = []
        if let ects = achievement["ECTS"]?.doubleValue { workload.append(Workload(value: ects, unit: .ects)) }
        if let hours = achievement["studyLoad"]?.doubleValue { workload.append(Workload(value: hours, unit: .hours)) }
        if !workload.isEmpty {
            record.workload = workload + record.workload.filter { $0.unit != .unspecified }
            record.sources[.workload] = path + (achievement["ECTS"] != nil ? ".ECTS" : ".studyLoad")
        }
        if let mode = Self.text(achievement["participationType"]) {
            var participation = record.participation ?? Participation()
            participation.mode = mode
            record.participation = participation
            record.sources[.participation] = path + ".participationType"
        }
        if let type = Self.text(achievement["assessmentType"]) {
            var assessment = record.assessment ?? Assessment()
            assessment.type = type
            record.assessment = assessment
            record.sources[.assessment] = path + ".assessmentType"
        }
        mapIdentityCheck(achievement, path: path)
    }

    private mutating func mapIdentityCheck(_ achievement: JSONObject, path: String) {
        let checked = achievement["identityChecked"]?.boolValue
        let supervision = Self.text(achievement["supervisionType"])
        guard checked != nil || supervision != nil else { return }
        record.identityVerification = IdentityVerification(text: supervision, identityVerified: checked)
        record.sources[.identityVerification] = path + (checked != nil ? ".identityChecked" : ".supervisionType")
    }

    /// An `ext:QualityAssurance` alignment → a quality-assurance entry (body, decision, URL).
    static func educredentialQualityAssurance(_ alignment: JSONObject) -> QualityAssurance? {
        guard alignment["targetType"]?.stringValue == "ext:QualityAssurance" else { return nil }
        let decision = [Self.text(alignment["targetCode"]), alignment["targetUrl"]?.stringValue].compactMap { $0 }
        return QualityAssurance(
            type: Self.text(alignment["targetDescription"]), body: Self.text(alignment["targetName"]),
            decision: decision.isEmpty ? nil : decision.joined(separator: " "))
    }

    /// The level of an `ext:EQF` alignment (`targetCode` "6"), 1–8.
    static func educredentialEQF(_ alignment: JSONObject) -> Int? {
        guard alignment["targetType"]?.stringValue == "ext:EQF" else { return nil }
        guard let digits = alignment["targetCode"]?.stringValue?.filter(\.isNumber), let level = Int(digits) else { return nil }
        return (1...8).contains(level) ? level : nil
    }
}
