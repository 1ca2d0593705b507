import Foundation
import WalletJSON
import WalletModel

extension ELMRecordBuilder {
    /// Fills the elements carried by a LearningAchievement (`$A`) and its Qualification (`$S`).
    mutating func achievement(_ claim: JSONObject, path: String) {
        let spec = ELMValue.object(claim["specifiedBy"])
        title(claim: claim, spec: spec, path: path)
        awardingBody(claim, path: path)
        if let spec { qualification(spec) }
        assessment(ELMValue.object(claim["provenBy"]))
        participation(claim: claim, spec: spec)
        integration(claim: claim, spec: spec)
    }

    private mutating func title(claim: JSONObject, spec: JSONObject?, path: String) {
        if let title = ELMValue.text(spec?["title"]) {
            record.title = title
            sources[.title] = "$S.title"
        } else if let title = ELMValue.text(claim["title"]) {
            record.title = title
            sources[.title] = "\(path).title"
        }
        record.description = ELMValue.text(spec?["description"]) ?? ELMValue.text(claim["description"])
        record.achievementIdentifier = spec?["id"]?.stringValue
        record.achievementType = ELMValue.label(spec?["dcType"])
    }

    private mutating func awardingBody(_ claim: JSONObject, path: String) {
        let process = ELMValue.object(claim["awardedBy"])
        guard let body = ELMOrganisationReader.organisation(process?["awardingBody"]) else { return }
        record.awardingBody = body
        sources[.awardingBody] = "$A.awardedBy.awardingBody"
        if body.country != nil { sources[.country] = "$A.awardedBy.awardingBody.location.address.countryCode" }
        if let date = process?["awardingDate"]?.stringValue.flatMap(XSDDateTime.parseDateOrDateTime), record.issued == nil {
            record.issued = date
            sources[.issued] = "$A.awardedBy.awardingDate"
        }
        record.qualityAssurance += ELMOrganisationReader.accreditations(ELMValue.object(process?["awardingBody"])?["accreditation"])
    }

    private mutating func qualification(_ spec: JSONObject) {
        record.learningOutcomes = ELMValue.objects(spec["learningOutcome"]).map(Self.outcome)
        if !record.learningOutcomes.isEmpty { sources[.learningOutcomes] = "$S.learningOutcome" }
        workload(spec)
        levels(spec)
        record.qualityAssurance += ELMOrganisationReader.accreditations(spec["accreditation"])
        if !record.qualityAssurance.isEmpty { sources[.qualityAssurance] = "$S.accreditation" }
        if let requirement = ELMValue.note(spec["entryRequirement"]) {
            record.prerequisites = requirement
            sources[.prerequisites] = "$S.entryRequirement.noteLiteral"
        }
        record.fieldsOfStudy = ELMValue.objects(spec["thematicArea"]).compactMap { ELMValue.label(.object($0)) }
        record.languages = (spec["language"]?.asList ?? []).compactMap { ELMValue.id($0) }
            .map { ($0.split(separator: "/").last.map(String.init) ?? $0).lowercased() }
        for note in ELMValue.objects(spec["additionalNote"]) {
            if let text = ELMValue.note(.object(note)) { record.furtherInformation.append(text) }
        }
        for document in ELMValue.objects(spec["supplementaryDocument"]) {
            if let url = document["contentURL"]?.stringValue { record.furtherInformation.append(url) }
        }
        if !record.furtherInformation.isEmpty { sources[.furtherInformation] = "$S.additionalNote / supplementaryDocument" }
    }

    static func outcome(_ object: JSONObject) -> LearningOutcome {
        let esco = ELMValue.objects(object["relatedESCOSkill"]).map {
            SkillReference(uri: $0["id"]?.stringValue, label: ELMValue.label(.object($0)), framework: "ESCO")
        }
        let other = ELMValue.objects(object["relatedSkill"]).map { skill in
            let uri = skill["id"]?.stringValue
            let framework = uri?.hasPrefix("http://data.europa.eu/snb/dcf/") == true ? "DigComp" : ELMValue.id(skill["inScheme"])
            return SkillReference(uri: uri, label: ELMValue.label(.object(skill)), framework: framework)
        }
        return LearningOutcome(
            title: ELMValue.text(object["title"]) ?? "(untitled outcome)",
            description: ELMValue.text(object["description"]), skills: esco + other)
    }
}
