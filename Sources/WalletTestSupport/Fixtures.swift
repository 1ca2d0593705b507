import Foundation
import WalletModel
import WalletTUI

/// Builders for overviews and credentials used across the TUI tests and benchmarks.
public enum Fixtures {
    /// A stable id from a small number.
    public static func id(_ n: Int) -> CredentialID {
        let hex = String(n, radix: 16)
        let padded = String(repeating: "0", count: max(0, 32 - hex.count)) + hex
        return CredentialID(rawValue: padded) ?? CredentialID(bytes: [UInt8](repeating: 0, count: 16))
    }

    /// Noon UTC on a day, for dates that format the same in every time zone.
    public static func day(_ year: Int, _ month: Int, _ day: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12)) ?? Date(timeIntervalSince1970: 0)
    }

    /// An overview with sensible defaults; override what the test is about.
    public static func overview(
        _ n: Int, title: String? = nil, issuer: String? = "Test University", country: String? = "IE",
        issued: Date? = nil, ects: Double? = 5, hours: Double? = nil, eqf: Int? = 6,
        status: VerificationStatus = .verified, format: CredentialFormat = .openBadges3, field: String = "Data science"
    ) -> CredentialOverview {
        var workload: [Workload] = []
        if let ects { workload.append(Workload(value: ects, unit: .ects)) }
        if let hours { workload.append(Workload(value: hours, unit: .hours)) }
        return CredentialOverview(
            id: id(n), format: format, title: title ?? "Credential \(n)",
            awardingBody: issuer.map { Organisation(name: $0, country: country) },
            issued: issued ?? day(2025, 1, min(28, 1 + n % 28)), validUntil: nil, workload: workload, eqfLevel: eqf,
            verificationStatus: status, fieldsOfStudy: [field])
    }

    /// `count` varied overviews (issuers, levels, statuses rotate), as a large wallet.
    public static func manyOverviews(_ count: Int) -> [CredentialOverview] {
        let issuers = ["TU Delft", "Politechnika Łódzka", "Université Paris-Saclay", "東京大学", "Hochschule München"]
        let statuses: [VerificationStatus] = [.verified, .verified, .unverifiable, .selfAsserted, .failed]
        return (0..<count).map { n in
            overview(
                n, title: "Course \(n) in data and society", issuer: issuers[n % issuers.count],
                issued: day(2020 + n % 6, 1 + n % 12, 1 + n % 28), ects: Double(1 + n % 10), eqf: 4 + n % 4,
                status: statuses[n % statuses.count])
        }
    }

    /// A full credential for an overview (record fields from the overview, self-asserted source).
    public static func credential(_ overview: CredentialOverview, original: String = #"{"title":"x"}"#) -> Credential {
        let record = CredentialRecord(
            title: overview.title, awardingBody: overview.awardingBody, issued: overview.issued,
            workload: overview.workload, eqfLevel: overview.eqfLevel, fieldsOfStudy: overview.fieldsOfStudy)
        return Credential(
            id: overview.id, format: overview.format, record: record,
            verification: VerificationReport(status: overview.verificationStatus, checks: [], checkedAt: day(2025, 7, 1)),
            original: Data(original.utf8), importedAt: day(2025, 7, 1))
    }
}
