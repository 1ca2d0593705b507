import Foundation
import WalletJSON
import WalletModel

/// Maps the members of a self-asserted document onto `CredentialRecord`, one element at a time.
enum SelfAssertedMapping {
    static func elements(from root: FieldReader) throws(SelfAssertedError) -> CredentialRecord {
        var record = CredentialRecord()
        record.learner = try learner(root)
        record.description = try root.string("description")
        record.awardingBody = try organisation(root, "awardingBody")
        record.issuer = try organisation(root, "issuer")
        record.issued = try root.date("issued")
        record.validFrom = try root.date("validFrom")
        record.validUntil = try root.date("validUntil")
        record.learningOutcomes = try outcomes(root)
        record.workload = try workload(root)
        record.eqfLevel = try eqfLevel(root)
        record.otherLevels = try root.nestedList("otherLevels", allowed: ["framework", "level"]).map { reader throws(SelfAssertedError) in
            guard let framework = try reader.string("framework"), let level = try reader.string("level") else {
                throw reader.error("framework", "each level needs a framework and a level (strings)")
            }
            return QualificationLevel(framework: framework, level: level)
        }
        try fillOptionalElements(root, into: &record)
        return record
    }

    private static func fillOptionalElements(_ root: FieldReader, into record: inout CredentialRecord) throws(SelfAssertedError) {
        if let reader = try root.nested("assessment", allowed: ["type", "mode", "description", "gradingScheme", "summative"]) {
            record.assessment = Assessment(
                type: try reader.string("type"), mode: try reader.string("mode"),
                description: try reader.string("description"), gradingScheme: try reader.string("gradingScheme"),
                summative: try reader.bool("summative"))
        }
        if let reader = try root.nested("participation", allowed: ["mode", "setting", "startDate", "endDate"]) {
            record.participation = Participation(
                mode: try reader.string("mode"), setting: try reader.string("setting"),
                startDate: try reader.date("startDate"), endDate: try reader.date("endDate"))
        }
        record.qualityAssurance = try root.nestedList("qualityAssurance", allowed: ["type", "body", "decision", "external"]).map {
            reader throws(SelfAssertedError) in
            QualityAssurance(
                type: try reader.string("type"), body: try reader.string("body"),
                decision: try reader.string("decision"), external: try reader.bool("external"))
        }
        record.prerequisites = try root.string("prerequisites")
        if let reader = try root.nested("identityVerification", allowed: ["text", "supervised", "identityVerified"]) {
            record.identityVerification = IdentityVerification(
                text: try reader.string("text"), supervised: try reader.bool("supervised"),
                identityVerified: try reader.bool("identityVerified"))
        }
        record.grade = try root.string("grade")
        if let reader = try root.nested("integration", allowed: ["isPartOf", "hasPart", "notes"]) {
            record.integration = Integration(
                isPartOf: try reader.strings("isPartOf"), hasPart: try reader.strings("hasPart"),
                notes: try reader.strings("notes"))
        }
        record.furtherInformation = try root.strings("furtherInformation")
        record.achievementType = try root.string("achievementType")
        record.credentialIdentifier = try root.string("credentialIdentifier")
        record.fieldsOfStudy = try root.strings("fieldsOfStudy")
        record.languages = try root.strings("languages")
    }

    private static func learner(_ root: FieldReader) throws(SelfAssertedError) -> Learner? {
        guard let reader = try root.nested("learner", allowed: ["name", "id", "identifiers", "dateOfBirth"]) else { return nil }
        let identifiers = try reader.nestedList("identifiers", allowed: ["scheme", "value"]).map { item throws(SelfAssertedError) in
            guard let value = try item.string("value") else { throw item.error("value", "required") }
            return Identifier(scheme: try item.string("scheme"), value: value)
        }
        let learner = Learner(
            name: try reader.string("name"), id: try reader.string("id"), identifiers: identifiers,
            dateOfBirth: try reader.string("dateOfBirth"))
        return learner.isEmpty ? nil : learner
    }

    private static func organisation(_ root: FieldReader, _ key: String) throws(SelfAssertedError) -> Organisation? {
        let allowed: Set<String> = ["name", "id", "country", "region", "url", "identifiers"]
        guard let reader = try root.nested(key, allowed: allowed) else { return nil }
        var country = try reader.string("country")
        if let code = country {
            guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw reader.error("country", "expected an ISO 3166-1 alpha-2 code such as \"IE\"")
            }
            country = code.uppercased()
        }
        return Organisation(
            name: try reader.string("name"), id: try reader.string("id"), country: country,
            region: try reader.string("region"), url: try reader.string("url"),
            identifiers: try reader.strings("identifiers"))
    }

    private static func outcomes(_ root: FieldReader) throws(SelfAssertedError) -> [LearningOutcome] {
        try root.nestedList("learningOutcomes", allowed: ["title", "description", "skills"]).map { reader throws(SelfAssertedError) in
            guard let title = try reader.string("title") else { throw reader.error("title", "required") }
            let skills = try reader.nestedList("skills", allowed: ["uri", "label", "framework"]).map { skill throws(SelfAssertedError) in
                SkillReference(uri: try skill.string("uri"), label: try skill.string("label"), framework: try skill.string("framework"))
            }
            return LearningOutcome(title: title, description: try reader.string("description"), skills: skills)
        }
    }

    private static func workload(_ root: FieldReader) throws(SelfAssertedError) -> [Workload] {
        try root.nestedList("workload", allowed: ["value", "unit"]).map { reader throws(SelfAssertedError) in
            guard let value = try reader.number("value"), value >= 0 else { throw reader.error("value", "required: a number ≥ 0") }
            guard let unit = try reader.string("unit") else { throw reader.error("unit", "required, e.g. \"ECTS\" or \"hours\"") }
            return Workload(value: value, unit: WorkloadUnit(text: unit))
        }
    }

    private static func eqfLevel(_ root: FieldReader) throws(SelfAssertedError) -> Int? {
        guard let level = try root.number("eqfLevel") else { return nil }
        guard level == level.rounded(), (1...8).contains(level) else { throw root.error("eqfLevel", "expected an integer 1–8") }
        return Int(level)
    }

    /// JSON paths of the filled elements, for the detail view.
    static func sources(for record: CredentialRecord) -> [StandardElement: String] {
        let paths: [StandardElement: String] = [
            .learner: "$.learner", .title: "$.title", .country: "$.awardingBody.country",
            .awardingBody: "$.awardingBody", .issued: "$.issued", .learningOutcomes: "$.learningOutcomes",
            .workload: "$.workload", .level: "$.eqfLevel", .assessment: "$.assessment",
            .participation: "$.participation", .qualityAssurance: "$.qualityAssurance",
            .prerequisites: "$.prerequisites", .identityVerification: "$.identityVerification",
            .grade: "$.grade", .integration: "$.integration", .furtherInformation: "$.furtherInformation",
        ]
        return paths.filter { record.states($0.key) }
    }
}
