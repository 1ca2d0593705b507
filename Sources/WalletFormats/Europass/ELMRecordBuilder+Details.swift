import Foundation
import WalletJSON
import WalletModel

extension ELMRecordBuilder {
    /// ECTS framework concept in the EU education-credit scheme.
    static let ectsFramework = "http://data.europa.eu/snb/education-credit/6fcec5c5af"

    /// (g) Credit points in their declared framework, plus `volumeOfLearning` as hours (never converted to ECTS).
    mutating func workload(_ spec: JSONObject) {
        for credit in ELMValue.objects(spec["creditPoint"]) {
            guard let text = credit["point"]?.stringValue ?? credit["point"]?.doubleValue.map({ "\($0)" }),
                let value = Double(text.replacingOccurrences(of: ",", with: "."))
            else { continue }
            let framework = ELMValue.id(credit["framework"])
            let label = ELMValue.label(credit["framework"])
            let isECTS = framework == Self.ectsFramework || label?.contains("European Credit Transfer") == true
            record.workload.append(Workload(value: value, unit: isECTS ? .ects : .other(label ?? framework ?? "credits")))
        }
        if let volume = spec["volumeOfLearning"]?.stringValue, let hours = ISO8601Duration.hours(volume) {
            record.workload.append(Workload(value: hours, unit: .hours))
        }
        if !record.workload.isEmpty { sources[.workload] = "$S.creditPoint / $S.volumeOfLearning" }
    }

    /// (h) EQF level from the EQF concept IRI; NQF and other levels by label.
    mutating func levels(_ spec: JSONObject) {
        if let iri = ELMValue.id(spec["eqfLevel"]), iri.hasPrefix("http://data.europa.eu/snb/eqf/"),
            let level = Int(iri.dropFirst("http://data.europa.eu/snb/eqf/".count)), (1...8).contains(level)
        {
            record.eqfLevel = level
            sources[.level] = "$S.eqfLevel"
        }
        for nqf in ELMValue.objects(spec["nqfLevel"]) {
            guard let label = ELMValue.label(.object(nqf)) else { continue }
            record.otherLevels.append(QualificationLevel(framework: "NQF", level: label))
            sources[.level] = sources[.level] ?? "$S.nqfLevel"
        }
    }

    /// (i) Assessment, optional grade and supervision/ID verification from `$A.provenBy`.
    mutating func assessment(_ proven: JSONObject?) {
        guard let proven else { return }
        let spec = ELMValue.object(proven["specifiedBy"])
        let grading = ELMValue.object(spec?["gradingScheme"])
        record.assessment = Assessment(
            type: ELMValue.label(spec?["dcType"]), mode: ELMValue.label(spec?["mode"]),
            description: ELMValue.text(proven["title"]) ?? ELMValue.text(spec?["title"]),
            gradingScheme: ELMValue.text(grading?["title"]) ?? ELMValue.text(grading?["description"]),
            summative: SummativeEvidence.infer(
                type: ELMValue.label(spec?["dcType"]), description: ELMValue.text(proven["title"]) ?? ELMValue.text(spec?["title"]),
                graded: ELMValue.note(proven["grade"]) != nil))
        sources[.assessment] = "$A.provenBy.specifiedBy"
        if let grade = ELMValue.note(proven["grade"]) {
            record.grade = grade
            sources[.grade] = "$A.provenBy.grade"
        }
        if let text = ELMValue.label(proven["idVerification"]) {
            let lower = text.lowercased()
            record.identityVerification = IdentityVerification(
                text: text,
                supervised: lower.contains("unsupervised") ? false : (lower.contains("supervised") ? true : nil),
                identityVerified: lower.contains("without id") ? false : (lower.contains("with id") ? true : nil))
            sources[.identityVerification] = "$A.provenBy.idVerification"
        }
    }

    /// (j) Mode and learning setting from the qualification, dates from the learning activity.
    mutating func participation(claim: JSONObject, spec: JSONObject?) {
        let activity = ELMValue.object(claim["influencedBy"])
        let temporal = ELMValue.object(activity?["temporal"])
        let activityMode = ELMValue.label(ELMValue.object(activity?["specifiedBy"])?["mode"])
        let participation = Participation(
            mode: ELMValue.label(spec?["mode"]) ?? activityMode,
            setting: ELMValue.label(spec?["learningSetting"]),
            startDate: temporal?["startDate"]?.stringValue.flatMap(XSDDateTime.parseDateOrDateTime),
            endDate: temporal?["endDate"]?.stringValue.flatMap(XSDDateTime.parseDateOrDateTime))
        guard participation != Participation() else { return }
        record.participation = participation
        sources[.participation] = "$S.mode / $S.learningSetting / $A.influencedBy.temporal"
    }

    /// Integration and stackability: part-of/has-part links, entitlements, partial-qualification flag.
    mutating func integration(claim: JSONObject, spec: JSONObject?) {
        func names(_ value: JSONValue?) -> [String] {
            ELMValue.objects(value).compactMap { ELMValue.text($0["title"]) ?? $0["id"]?.stringValue }
                + (value?.asList.compactMap(\.stringValue) ?? [])
        }
        var integration = Integration(
            isPartOf: names(claim["isPartOf"]) + names(spec?["isPartOf"]),
            hasPart: names(claim["hasPart"]) + names(spec?["hasPart"]))
        integration.notes += names(claim["entitlesTo"]).map { "Entitles to: \($0)" }
        if let partial = spec?["isPartialQualification"]?.boolValue {
            integration.notes.append(partial ? "Partial qualification" : "Not a partial qualification")
        }
        if let type = record.achievementType { integration.notes.append("Type: \(type)") }
        guard integration != Integration() else { return }
        record.integration = integration
        sources[.integration] = "$S.isPartialQualification / hasPart / isPartOf / $A.entitlesTo"
    }
}
