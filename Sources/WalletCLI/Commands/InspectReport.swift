import Foundation
import WalletCore
import WalletModel

/// One file's entry in `cairn inspect --json` (the stable report format documented in the README).
struct InspectReport: Encodable {
    let file: String
    let format: String?
    let facts: InspectFacts?
    let verification: VerificationReport?
    let error: String?

    /// 0 read and not failed, 1 failed verification, 2 unreadable.
    var exitCode: Int32 {
        guard let verification else { return 2 }
        return verification.status == .failed ? 1 : 0
    }

    static func make(file: String, inspector: CredentialFileInspector, at date: Date) -> InspectReport {
        guard let data = FileManager.default.contents(atPath: file) else {
            return InspectReport(file: file, format: nil, facts: nil, verification: nil, error: "cannot read the file")
        }
        switch inspector.inspect(data, at: date) {
        case .success(let credential):
            return InspectReport(
                file: file, format: credential.format.rawValue, facts: InspectFacts(credential.record),
                verification: credential.verification, error: nil)
        case .failure(let failure):
            return InspectReport(file: file, format: nil, facts: nil, verification: nil, error: failure.message)
        }
    }

    static func jsonText(_ reports: [InspectReport]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(reports), as: UTF8.self)
    }
}

/// The `facts` object: the headline EU elements.
struct InspectFacts: Encodable {
    struct Body: Encodable {
        let name: String?
        let id: String?
        let country: String?
    }

    struct Dates: Encodable {
        let issued: Date?
        let validFrom: Date?
        let validUntil: Date?
    }

    struct Subject: Encodable {
        let name: String?
        let id: String?
    }

    let title: String?
    let awardingBody: Body?
    let workload: [Workload]
    let eqf: Int?
    let dates: Dates
    let subject: Subject?
    let completeness: String

    init(_ record: CredentialRecord) {
        title = record.title
        awardingBody = record.awardingBody.map { Body(name: $0.name, id: $0.id, country: $0.country) }
        workload = record.workload
        eqf = record.eqfLevel
        dates = Dates(issued: record.issued, validFrom: record.validFrom, validUntil: record.validUntil)
        subject = record.learner.map { Subject(name: $0.name, id: $0.id) }
        completeness = record.completeness.summary
    }
}
