import Foundation
import WalletModel

extension PreviewCredentials {
    /// A paper certificate entered by hand: self-asserted, with several elements not stated.
    static var paperCertificate: Credential {
        let record = CredentialRecord(
            title: "Project Management Basics", awardingBody: Organisation(name: "Volkshochschule Wien"),
            workload: [Workload(value: 40, unit: .hours)], fieldsOfStudy: ["Management"])
        return Credential(
            id: id(samples.count), format: .selfAsserted, record: record, verification: .selfAsserted(at: date("2025-05-01") ?? Date(timeIntervalSince1970: 0)),
            original: Data(#"{"cairn":"self-asserted/v1","title":"Project Management Basics","awardingBody":"Volkshochschule Wien","workload":{"value":40,"unit":"hours"}}"#.utf8),
            importedAt: date("2025-05-01") ?? Date(timeIntervalSince1970: 0))
    }

    static func report(_ status: VerificationStatus, issuer: String) -> VerificationReport {
        let checkedAt = date("2025-07-01") ?? Date(timeIntervalSince1970: 0)
        switch status {
        case .selfAsserted: return .selfAsserted(at: checkedAt)
        case .verified:
            return VerificationReport(status: .verified, checks: [
                VerificationCheck(check: .format, result: .pass, message: "A well-formed credential."),
                VerificationCheck(check: .proof, result: .pass, message: "Signed with eddsa-rdfc-2022; the signature is valid."),
                VerificationCheck(check: .issuer, result: .pass, message: "The signing key belongs to \(issuer)."),
                VerificationCheck(check: .validity, result: .pass, message: "Valid today; no expiry date."),
                VerificationCheck(check: .status, result: .skipped, message: "The issuer publishes no revocation list."),
            ], checkedAt: checkedAt)
        case .failed:
            return VerificationReport(status: .failed, checks: [
                VerificationCheck(check: .format, result: .pass, message: "A well-formed Europass credential."),
                VerificationCheck(check: .proof, result: .pass, message: "The JAdES seal is valid."),
                VerificationCheck(check: .validity, result: .fail, code: .expired, message: "Expired on 2024-09-01."),
            ], checkedAt: checkedAt)
        case .unverifiable:
            return VerificationReport(status: .unverifiable, checks: [
                VerificationCheck(check: .format, result: .pass, message: "A hosted Open Badges 2.0 assertion."),
                VerificationCheck(check: .proof, result: .unknown, code: .hostedBadge, message: "Hosted badges are checked online at the issuer; cairn works offline."),
            ], checkedAt: checkedAt)
        }
    }

    /// Pathway progress computed from whichever sample credentials are present.
    public static func pathways(_ credentials: [Credential]) -> [PathwayProgress] {
        let byTitle = Dictionary(credentials.map { ($0.record.title ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        let core = ["Data Analytics Foundations", "Statistics for Data Science"].compactMap { byTitle[$0] }
        let electives = credentials.filter { $0.record.fieldsOfStudy.contains("Data science") && !core.contains($0) && $0.verification.status == .verified }
        let ects = { (items: [Credential]) in items.reduce(0) { $0 + ($1.record.ects ?? 0) } }
        let coreRequirement = RequirementProgress(title: "Core courses", met: core.count == 2, detail: "\(core.count) of 2 courses", credentialIDs: core.map(\.id), missing: core.count == 2 ? nil : "the remaining core course")
        let electiveECTS = min(ects(electives), 6)
        var notCounted: [NotCountedCredential] = []
        if let python = credentials.first(where: { $0.record.eqfLevel == 5 && $0.record.fieldsOfStudy.contains("Computing") && $0.record.ects != nil }) {
            notCounted.append(NotCountedCredential(id: python.id, reason: "EQF 5 is below the required EQF 6"))
        }
        if let ethics = credentials.first(where: { $0.verification.status == .failed }) {
            notCounted.append(NotCountedCredential(id: ethics.id, reason: "verification failed (expired)"))
        }
        let electiveRequirement = RequirementProgress(title: "Electives at EQF 6 or above", met: electiveECTS >= 6, detail: "\(Formatting.number(electiveECTS)) of 6 ECTS", credentialIDs: electives.map(\.id), missing: electiveECTS >= 6 ? nil : "\(Formatting.number(6 - electiveECTS)) more ECTS", notCounted: notCounted)
        let capstone = RequirementProgress(title: "Capstone project", met: false, detail: "0 of 10 ECTS", missing: "a capstone project of 10 ECTS")
        let requirements = [coreRequirement, electiveRequirement, capstone]
        let counted = ects(core) + electiveECTS
        let micro = RequirementProgress(title: "At least 5 ECTS, assessed, quality assured", met: counted >= 5, detail: "\(Formatting.number(min(counted, 5))) of 5 ECTS", credentialIDs: core.prefix(1).map(\.id))
        return [
            PathwayProgress(id: "cmf-data", title: "CMF micro-credential: Data Analytics", countedECTS: min(counted, 5), requiredECTS: 5, requirementsMet: micro.met ? 1 : 0, requirementsTotal: 1, requirements: [micro]),
            PathwayProgress(id: "microdegree-data", title: "Microdegree in Data Science", countedECTS: counted, requiredECTS: 25, requirementsMet: requirements.filter(\.met).count, requirementsTotal: requirements.count, requirements: requirements),
        ]
    }
}
