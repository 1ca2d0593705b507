import Foundation
import WalletModel

/// Text forms of model values shared by the screens.
enum Formatting {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()

    /// A date as `YYYY-MM-DD` in UTC (stable in tests whatever the machine's zone).
    static func day(_ date: Date?) -> String {
        guard let date else { return "" }
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let year = parts.year ?? 0
        let month = parts.month ?? 0
        let day = parts.day ?? 0
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// A number without a trailing `.0` (5 rather than 5.0, 7.5 stays 7.5).
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(format: "%.1f", value)
    }

    /// A workload with its unit as stated: "5 ECTS", "30 h", "4 CATS".
    static func workload(_ workload: Workload) -> String {
        switch workload.unit {
        case .hours: "\(number(workload.value)) h"
        case .unspecified: number(workload.value)
        default: "\(number(workload.value)) \(workload.unit)"
        }
    }

    /// The list's workload cell: ECTS when stated, else the first unit stated.
    static func workloadCell(_ overview: CredentialOverview) -> String {
        if let ects = overview.ects { return "\(number(ects)) ECTS" }
        return overview.workload.first.map(workload) ?? ""
    }

    /// Plain words for a verification status.
    static func status(_ status: VerificationStatus) -> String {
        switch status {
        case .verified: "verified"
        case .failed: "verification failed"
        case .unverifiable: "could not be verified offline"
        case .selfAsserted: "self-asserted (not signed by an issuer)"
        }
    }

    static func role(for status: VerificationStatus) -> ThemeRole {
        switch status {
        case .verified: .verified
        case .failed: .failed
        case .unverifiable: .unverifiable
        case .selfAsserted: .selfAsserted
        }
    }
}
