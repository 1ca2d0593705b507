import Foundation
import WalletModel

/// Sample credentials for `WalletClient.preview`: several issuers and countries, ECTS and hours,
/// EQF 5–7, every verification status, and titles with accents, `ł` and CJK.
public enum PreviewCredentials {
    struct Sample {
        var title: String
        var issuer: String
        var country: String
        var day: String
        var workload: [Workload]
        var eqf: Int?
        var status: VerificationStatus
        var format: CredentialFormat
        var field: String
    }

    static let samples: [Sample] = [
        Sample(title: "Data Analytics Foundations", issuer: "TU Delft", country: "NL", day: "2025-03-01", workload: [Workload(value: 5, unit: .ects), Workload(value: 140, unit: .hours)], eqf: 6, status: .verified, format: .openBadges3, field: "Data science"),
        Sample(title: "Statistics for Data Science", issuer: "Universidad Politécnica de Madrid", country: "ES", day: "2024-11-15", workload: [Workload(value: 4, unit: .ects)], eqf: 6, status: .verified, format: .vc2, field: "Data science"),
        Sample(title: "Machine Learning in Practice", issuer: "TU Delft", country: "NL", day: "2025-06-20", workload: [Workload(value: 5, unit: .ects)], eqf: 7, status: .verified, format: .openBadges3, field: "Data science"),
        Sample(title: "Programowanie w języku Python — poziom średniozaawansowany", issuer: "Politechnika Łódzka", country: "PL", day: "2024-05-10", workload: [Workload(value: 3, unit: .ects)], eqf: 5, status: .unverifiable, format: .openBadges2, field: "Computing"),
        Sample(title: "データサイエンス入門", issuer: "東京大学", country: "JP", day: "2025-01-30", workload: [Workload(value: 2, unit: .ects)], eqf: 6, status: .verified, format: .vcJWT, field: "Data science"),
        Sample(title: "Éthique de l'intelligence artificielle", issuer: "Université Paris-Saclay", country: "FR", day: "2023-09-01", workload: [Workload(value: 3, unit: .ects)], eqf: 7, status: .failed, format: .europass, field: "Ethics"),
        Sample(title: "Data Visualisation with Python", issuer: "Hochschule München", country: "DE", day: "2025-04-12", workload: [Workload(value: 3, unit: .ects)], eqf: 6, status: .verified, format: .clr2, field: "Data science"),
        Sample(title: "Cloud Computing Essentials", issuer: "Atlantic Technological University", country: "IE", day: "2024-02-28", workload: [Workload(value: 30, unit: .hours)], eqf: 5, status: .selfAsserted, format: .selfAsserted, field: "Computing"),
    ]

    /// The id of sample `index` (stable across runs, so tests and the e2e script can rely on order).
    public static func id(_ index: Int) -> CredentialID {
        CredentialID(bytes: [UInt8](repeating: UInt8(0xA0 + index), count: 16))
    }

    /// All sample credentials.
    public static var all: [Credential] {
        samples.enumerated().map { credential($1, id: id($0)) } + [paperCertificate]
    }

    static func date(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12))
    }

    static func credential(_ sample: Sample, id: CredentialID) -> Credential {
        let issued = date(sample.day)
        let record = CredentialRecord(
            learner: Learner(name: "Alex Learner", id: "did:key:z6MkpreviewLearner"),
            title: sample.title, awardingBody: Organisation(name: sample.issuer, id: "https://example.org/\(id.short)", country: sample.country),
            issued: issued,
            learningOutcomes: [
                LearningOutcome(title: "Apply the core methods of \(sample.field.lowercased()) to real data", skills: [SkillReference(uri: "http://data.europa.eu/esco/skill/preview", label: "analyse data", framework: "ESCO")]),
                LearningOutcome(title: "Explain the results to a non-specialist audience"),
            ],
            workload: sample.workload, eqfLevel: sample.eqf, assessment: Assessment(type: "Project with oral defence", mode: "online", summative: true),
            participation: Participation(mode: "online", setting: "non-formal"),
            qualityAssurance: [QualityAssurance(type: "institutional accreditation", body: "National accreditation agency", external: true)],
            identityVerification: IdentityVerification(text: "Online proctoring with ID check", supervised: true, identityVerified: true),
            grade: sample.status == .verified ? "Pass with distinction" : nil,
            integration: sample.field == "Data science" ? Integration(isPartOf: ["Microdegree in Data Science"]) : nil,
            achievementType: "MicroCredential", fieldsOfStudy: [sample.field], languages: ["en"], validFrom: issued,
            validUntil: sample.status == .failed ? date("2024-09-01") : nil)
        return Credential(
            id: id, format: sample.format, record: record, verification: report(sample.status, issuer: sample.issuer),
            original: Data(original(sample, id: id).utf8), sourceFileName: "\(id.short).json", importedAt: issued ?? Date(timeIntervalSince1970: 0))
    }

    static func original(_ sample: Sample, id: CredentialID) -> String {
        #"{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential","OpenBadgeCredential"],"id":"urn:uuid:\#(id.rawValue)","issuer":{"id":"https://example.org/\#(id.short)","name":"\#(sample.issuer)"},"validFrom":"\#(sample.day)T12:00:00Z","credentialSubject":{"achievement":{"name":"\#(sample.title)","type":"Achievement"}}}"#
    }
}
