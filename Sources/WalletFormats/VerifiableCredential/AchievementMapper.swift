import Foundation
import WalletJSON
import WalletModel

/// OB 3.0 `Achievement` → title, outcomes, workload, level, assessment, further information.
extension RecordBuilder {
    static let eqfURLPrefixes = ["http://data.europa.eu/snb/eqf/", "https://data.europa.eu/snb/eqf/"]

    mutating func mapAchievement(_ achievement: JSONObject, path: String) {
        if let name = Self.text(achievement["name"]) {
            record.title = name
            record.sources[.title] = path + ".name"
        }
        record.description = Self.text(achievement["description"]) ?? record.description
        record.achievementIdentifier = achievement["id"]?.stringValue
        record.achievementType = achievement["achievementType"]?.stringValue
        if let credits = achievement["creditsAvailable"]?.doubleValue {
            record.workload = [Workload(value: credits, unit: .unspecified)]
            record.sources[.workload] = path + ".creditsAvailable"
        } else if let earned = subject["creditsEarned"]?.doubleValue {
            record.workload = [Workload(value: earned, unit: .unspecified)]
            record.sources[.workload] = "$.credentialSubject.creditsEarned"
        }
        record.fieldsOfStudy += ["fieldOfStudy", "specialization"].compactMap { Self.text(achievement[$0]) }
        record.languages += (achievement["inLanguage"]?.asList ?? []).compactMap(\.stringValue)
        mapAlignments(achievement, path: path)
        mapResultDescriptions(achievement, path: path)
        mapEndorsements(achievement["endorsement"], path: path + ".endorsement")
        if let criteria = achievement["criteria"]?.objectValue {
            if let narrative = Self.text(criteria["narrative"]) { record.furtherInformation.append(narrative) }
            if let url = criteria["id"]?.stringValue { record.furtherInformation.append(url) }
        }
        if let humanCode = achievement["humanCode"]?.stringValue { record.furtherInformation.append("Code: \(humanCode)") }
        if !record.furtherInformation.isEmpty, record.sources[.furtherInformation] == nil {
            record.sources[.furtherInformation] = path + ".criteria"
        }
        mapIntegration(achievement, path: path)
        mapEducredentialExtension(achievement, path: path)
    }

    /// EQF level from a European Qualifications Framework alignment; other alignments are outcomes.
    mutating func mapAlignments(_ achievement: JSONObject, path: String) {
        for (index, alignment) in (achievement["alignment"]?.asList ?? []).compactMap(\.objectValue).enumerated() {
            if let entry = Self.educredentialQualityAssurance(alignment) {
                record.qualityAssurance.append(entry)
                record.sources[.qualityAssurance] = record.sources[.qualityAssurance] ?? "\(path).alignment[\(index)]"
                continue
            }
            if let level = Self.eqfLevel(alignment) ?? Self.educredentialEQF(alignment) {
                if record.eqfLevel == nil {
                    record.eqfLevel = level
                    record.sources[.level] = "\(path).alignment[\(index)]"
                }
                continue
            }
            let skill = Self.skill(alignment)
            record.learningOutcomes.append(LearningOutcome(title: skill.label ?? skill.uri ?? "Alignment", skills: [skill]))
            if record.sources[.learningOutcomes] == nil { record.sources[.learningOutcomes] = "\(path).alignment" }
        }
    }

    /// The EQF level an alignment states (framework name or `…/snb/eqf/N` URL), 1–8.
    static func eqfLevel(_ alignment: JSONObject) -> Int? {
        // Byte comparisons: `hasPrefix`/`dropFirst` here walked Characters, which showed in the
        // inspect benchmark; the prefixes are ASCII, so byte and Character results agree.
        let url = alignment["targetUrl"]?.stringValue ?? ""
        for prefix in eqfURLPrefixes where url.utf8.starts(with: prefix.utf8) {
            if let level = String(url.utf8.dropFirst(prefix.utf8.count)).flatMap({ Int($0) }), (1...8).contains(level) { return level }
        }
        let framework = alignment["targetFramework"]?.stringValue?.lowercased() ?? ""
        guard framework == "european qualifications framework" || framework == "eqf" else { return nil }
        for candidate in [alignment["targetCode"]?.stringValue, alignment["targetName"]?.stringValue] {
            if let digits = candidate?.filter(\.isNumber), let level = Int(digits), (1...8).contains(level) { return level }
        }
        return nil
    }

    static func skill(_ alignment: JSONObject) -> SkillReference {
        SkillReference(
            uri: alignment["targetUrl"]?.stringValue, label: alignment["targetName"]?.stringValue,
            framework: alignment["targetFramework"]?.stringValue)
    }

    /// 1EdTech's MC mapping: `resultDescription[].name` + `.alignment[]` are outcomes; `resultType` is the assessment.
    mutating func mapResultDescriptions(_ achievement: JSONObject, path: String) {
        for (index, description) in (achievement["resultDescription"]?.asList ?? []).compactMap(\.objectValue).enumerated() {
            let skills = (description["alignment"]?.asList ?? []).compactMap(\.objectValue).map(Self.skill)
            if let name = Self.text(description["name"]), !skills.isEmpty {
                record.learningOutcomes.append(LearningOutcome(title: name, skills: skills))
                if record.sources[.learningOutcomes] == nil { record.sources[.learningOutcomes] = "\(path).resultDescription[\(index)]" }
            }
            if record.assessment == nil, let type = description["resultType"]?.stringValue {
                let allowed = (description["allowedValue"]?.asList ?? []).compactMap(\.stringValue)
                record.assessment = Assessment(
                    type: type, description: Self.text(description["name"]),
                    gradingScheme: allowed.isEmpty ? nil : allowed.joined(separator: " / "))
                record.sources[.assessment] = "\(path).resultDescription[\(index)].resultType"
            }
        }
    }

    /// `related[]` and a MicroCredential achievement type → integration notes.
    mutating func mapIntegration(_ achievement: JSONObject, path: String) {
        let related = (achievement["related"]?.asList ?? []).compactMap { $0["id"]?.stringValue }
        guard !related.isEmpty else { return }
        var integration = record.integration ?? Integration()
        integration.notes += related.map { "Related: \($0)" }
        record.integration = integration
        record.sources[.integration] = record.sources[.integration] ?? path + ".related"
    }
}
