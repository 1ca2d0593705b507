import Foundation
import WalletCore
import WalletModel

/// Plain-text renderings for the terminal (the TUI has its own; these are for pipes and scripts).
enum TextFormat {
    static let notStated = "not stated"

    /// `1a2b3c4d · Title — Issuer (IE) 2024-06-14 5 ECTS EQF 6`
    static func listLine(_ summary: CredentialSummary) -> String {
        let overview = summary.overview
        var parts = ["\(overview.id.short) \(overview.verificationStatus.mark) \(overview.title ?? "(untitled)")"]
        if let body = overview.awardingBody?.name {
            parts.append("— \(body)" + (overview.awardingBody?.country.map { " (\($0))" } ?? ""))
        }
        if let issued = overview.issued { parts.append(day(issued)) }
        if let workload = overview.workload.first { parts.append(amount(workload)) }
        if let eqf = overview.eqfLevel { parts.append("EQF \(eqf)") }
        return parts.joined(separator: "  ")
    }

    /// Every standard element, "not stated" where the credential is silent.
    static func detail(_ credential: Credential) -> String {
        let record = credential.record
        var lines = [
            "\(credential.id.rawValue)  [\(credential.verification.status.rawValue)]  \(credential.format.label)",
            "",
        ]
        func add(_ element: StandardElement, _ value: String?) {
            lines.append("\(element.label): \(value ?? notStated)")
        }
        add(.title, record.title)
        add(.learner, record.learner?.name ?? record.learner?.id)
        add(.awardingBody, record.awardingBody?.name)
        add(.country, record.country)
        add(.issued, record.issued.map(day))
        add(.learningOutcomes, record.learningOutcomes.isEmpty ? nil : record.learningOutcomes.map { "\n  - \($0.title)" }.joined())
        add(.workload, record.workload.isEmpty ? nil : record.workload.map(amount).joined(separator: ", "))
        add(.level, levels(record))
        add(.assessment, record.assessment.map { [$0.type, $0.mode].compactMap { $0 }.joined(separator: ", ") })
        add(.participation, record.participation.map { [$0.mode, $0.setting].compactMap { $0 }.joined(separator: ", ") })
        add(.qualityAssurance, record.qualityAssurance.isEmpty ? nil : record.qualityAssurance.map { [$0.type, $0.body].compactMap { $0 }.joined(separator: " by ") }.joined(separator: "; "))
        for element in StandardElement.optional where record.states(element) { add(element, optionalValue(element, record)) }
        if let until = record.validUntil { lines.append("Valid until: \(day(until))") }
        lines.append("Completeness: \(record.completeness.summary)")
        if !record.components.isEmpty {
            lines.append("Achievements in this record (\(record.components.count)):")
            lines += record.components.map { part in
                let facts = [part.awardingBody?.name, part.workload.isEmpty ? nil : part.workload.map(amount).joined(separator: ", "),
                    part.eqfLevel.map { "EQF \($0)" }].compactMap { $0 }
                return "  - \(part.title ?? "Untitled achievement")" + (facts.isEmpty ? "" : " (\(facts.joined(separator: "; ")))")
            }
        }
        lines.append("")
        lines += credential.verification.checks.map { "\($0.check.rawValue): \($0.result.rawValue) — \($0.message)" }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func optionalValue(_ element: StandardElement, _ record: CredentialRecord) -> String? {
        switch element {
        case .prerequisites: record.prerequisites
        case .identityVerification: record.identityVerification?.text
        case .grade: record.grade
        case .integration: record.integration.map { ($0.isPartOf + $0.hasPart + $0.notes).joined(separator: "; ") }
        case .furtherInformation: record.furtherInformation.joined(separator: "; ")
        default: nil
        }
    }

    private static func levels(_ record: CredentialRecord) -> String? {
        let all = (record.eqfLevel.map { ["EQF \($0)"] } ?? []) + record.otherLevels.map { "\($0.framework) \($0.level)" }
        return all.isEmpty ? nil : all.joined(separator: ", ")
    }

    static func amount(_ workload: Workload) -> String {
        let value = workload.value == workload.value.rounded() ? String(Int(workload.value)) : String(workload.value)
        return "\(value) \(workload.unit)"
    }

    static func day(_ date: Date) -> String {
        String(ISODate.string(from: date).prefix(10))
    }
}
