import Foundation
import WalletModel

/// The binary plaintext of a sealed overview (version 1).
///
/// Why not JSON: the list decrypts every overview on each unlock; `JSONDecoder` cost ~0.3 ms per
/// summary here, far over the 150 ms budget for 10,000 credentials. This fixed field order is
/// decoded in microseconds. Changing it means a new schema version (part of the AEAD namespace).
enum SummaryCoding {
    static let version: UInt8 = 1

    static func encode(_ summary: CredentialSummary) -> [UInt8] {
        var w = BinaryWriter()
        let o = summary.overview
        w.byte(version)
        w.string(o.id.rawValue)
        w.string(o.format.rawValue)
        w.optional(o.title) { $0.string($1) }
        w.optional(o.awardingBody, organisation)
        w.optional(o.issued) { $0.double($1.timeIntervalSinceReferenceDate) }
        w.optional(o.validUntil) { $0.double($1.timeIntervalSinceReferenceDate) }
        w.array(o.workload) { w, load in
            w.double(load.value)
            switch load.unit {
            case .ects: w.byte(0)
            case .hours: w.byte(1)
            case .unspecified: w.byte(2)
            case .other(let name): w.byte(3); w.string(name)
            }
        }
        w.optional(o.eqfLevel) { $0.count($1) }
        w.string(o.verificationStatus.rawValue)
        w.array(o.fieldsOfStudy) { $0.string($1) }
        report(&w, summary.verification)
        w.optional(summary.issuer, organisation)
        return w.bytes
    }

    static func decode(_ bytes: [UInt8]) throws(BinaryReader.Malformed) -> CredentialSummary {
        var r = BinaryReader(bytes)
        guard try r.byte() == version, let id = CredentialID(rawValue: try r.string()) else { throw BinaryReader.Malformed() }
        let format = try r.raw(CredentialFormat.self)
        let title = try r.optional { r throws(BinaryReader.Malformed) in try r.string() }
        let body = try r.optional(readOrganisation)
        let issued = try r.optional(readDate)
        let validUntil = try r.optional(readDate)
        let workload = try r.array(readWorkload)
        let eqf = try r.optional { r throws(BinaryReader.Malformed) in try r.count() }
        let status = try r.raw(VerificationStatus.self)
        let fields = try r.array { r throws(BinaryReader.Malformed) in try r.string() }
        let verification = try readReport(&r)
        let issuer = try r.optional(readOrganisation)
        guard r.isAtEnd else { throw BinaryReader.Malformed() }
        let overview = CredentialOverview(
            id: id, format: format, title: title, awardingBody: body, issued: issued, validUntil: validUntil,
            workload: workload, eqfLevel: eqf, verificationStatus: status, fieldsOfStudy: fields)
        return CredentialSummary(overview: overview, verification: verification, issuer: issuer)
    }

    private static func organisation(_ w: inout BinaryWriter, _ o: Organisation) {
        for field in [o.name, o.id, o.country, o.region, o.url] { w.optional(field) { $0.string($1) } }
        w.array(o.identifiers) { $0.string($1) }
    }

    private static func readOrganisation(_ r: inout BinaryReader) throws(BinaryReader.Malformed) -> Organisation {
        var fields: [String?] = []
        for _ in 0..<5 { fields.append(try r.optional { r throws(BinaryReader.Malformed) in try r.string() }) }
        let identifiers = try r.array { r throws(BinaryReader.Malformed) in try r.string() }
        return Organisation(name: fields[0], id: fields[1], country: fields[2], region: fields[3], url: fields[4], identifiers: identifiers)
    }

    private static func report(_ w: inout BinaryWriter, _ report: VerificationReport) {
        w.string(report.status.rawValue)
        w.double(report.checkedAt.timeIntervalSinceReferenceDate)
        w.array(report.checks) { w, check in
            w.string(check.check.rawValue)
            w.string(check.result.rawValue)
            w.optional(check.code) { $0.string($1.rawValue) }
            w.string(check.message)
        }
    }

    private static func readReport(_ r: inout BinaryReader) throws(BinaryReader.Malformed) -> VerificationReport {
        let status = try r.raw(VerificationStatus.self)
        let checkedAt = try readDate(&r)
        let checks = try r.array { r throws(BinaryReader.Malformed) in
            VerificationCheck(
                check: try r.raw(VerificationCheck.Kind.self), result: try r.raw(VerificationCheck.Result.self),
                code: try r.optional { r throws(BinaryReader.Malformed) in try r.raw(FailureCode.self) }, message: try r.string())
        }
        return VerificationReport(status: status, checks: checks, checkedAt: checkedAt)
    }

    private static func readDate(_ r: inout BinaryReader) throws(BinaryReader.Malformed) -> Date {
        Date(timeIntervalSinceReferenceDate: try r.double())
    }

    private static func readWorkload(_ r: inout BinaryReader) throws(BinaryReader.Malformed) -> Workload {
        let value = try r.double()
        let unit: WorkloadUnit
        switch try r.byte() {
        case 0: unit = .ects
        case 1: unit = .hours
        case 2: unit = .unspecified
        case 3: unit = .other(try r.string())
        default: throw BinaryReader.Malformed()
        }
        return Workload(value: value, unit: unit)
    }
}
