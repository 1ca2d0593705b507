import Foundation
import WalletModel

/// The human-readable `cairn inspect` output: facts, then one line per check.
enum InspectTextRenderer {
    static func render(_ report: InspectReport) -> String {
        guard let verification = report.verification, let facts = report.facts else {
            return "\(report.file)\n  unreadable: \(report.error ?? "unknown error")\n"
        }
        var lines = ["\(report.file)  [\(report.format ?? "?")]  \(verification.status.mark) \(verification.status.rawValue)"]
        lines.append("  Title:          \(facts.title ?? "not stated")")
        let body = facts.awardingBody.map { [$0.name ?? $0.id ?? "?", $0.country.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ") }
        lines.append("  Awarding body:  \(body ?? "not stated")")
        let workload = facts.workload.map { "\(number($0.value)) \($0.unit == .unspecified ? "credits (unit not stated)" : $0.unit.description)" }
        lines.append("  Workload:       \(workload.isEmpty ? "not stated" : workload.joined(separator: ", "))")
        lines.append("  EQF level:      \(facts.eqf.map(String.init) ?? "not stated")")
        lines.append("  Issued:         \(day(facts.dates.issued))   Valid until: \(day(facts.dates.validUntil))")
        lines.append("  Learner:        \(facts.subject.flatMap { $0.name ?? $0.id } ?? "not stated")")
        lines.append("  Completeness:   \(facts.completeness)")
        for check in verification.checks {
            let code = check.code.map { " [\($0.rawValue)]" } ?? ""
            lines.append("  \(check.check.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(check.result.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))\(code) \(check.message)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    static func day(_ date: Date?) -> String {
        guard let date else { return "not stated" }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: date)
    }
}
