import Foundation
import WalletModel

/// The plain-text value of each EU standard element, as the transcript prints it (nil = not stated).
enum ElementText {
    static func value(_ element: StandardElement, of record: CredentialRecord) -> String? {
        guard record.states(element) else { return nil }
        switch element {
        case .learner: return learner(record.learner)
        case .title: return record.title
        case .country: return [record.country, record.awardingBody?.region ?? record.issuer?.region].joinedText(", ")
        case .awardingBody: return awardingBody(record)
        case .issued: return record.issued.map(day)
        case .learningOutcomes: return "\(record.learningOutcomes.count) (listed below)"
        case .workload: return record.workload.map(workload).joined(separator: "; ")
        case .level: return level(record)
        case .assessment: return assessment(record.assessment)
        case .participation: return participation(record.participation)
        case .qualityAssurance: return record.qualityAssurance.map(qualityAssurance).joined(separator: "; ")
        case .prerequisites: return record.prerequisites
        case .identityVerification: return record.identityVerification?.text ?? "stated"
        case .grade: return record.grade
        case .integration: return integration(record.integration)
        case .furtherInformation: return record.furtherInformation.joined(separator: "; ")
        }
    }

    static func day(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e12 ? String(Int64(value)) : String(value)
    }

    private static func learner(_ learner: Learner?) -> String? {
        guard let learner else { return nil }
        var parts = [learner.name, learner.id, learner.dateOfBirth.map { "born \($0)" }].compactMap { $0 }
        parts += learner.identifiers.map { id in
            (id.scheme.map { "\($0): " } ?? "") + (id.hashed ? "(hashed by the issuer)" : id.value)
        }
        return parts.joinedText(", ")
    }

    private static func awardingBody(_ record: CredentialRecord) -> String? {
        let body = record.awardingBody.flatMap { [$0.name, $0.id].joinedText(" — ") }
        guard let issuer = record.issuer, issuer != record.awardingBody,
            let issuerText = [issuer.name, issuer.id].joinedText(" — ")
        else { return body }
        return [body, "issued by \(issuerText)"].joinedText("; ")
    }

    private static func workload(_ workload: Workload) -> String {
        workload.unit == .unspecified
            ? "\(number(workload.value)) (unit not stated)" : "\(number(workload.value)) \(workload.unit)"
    }

    private static func level(_ record: CredentialRecord) -> String? {
        var levels = record.otherLevels.map { "\($0.framework) \($0.level)" }
        if let eqf = record.eqfLevel { levels.insert("EQF \(eqf)", at: 0) }
        return levels.joinedText("; ")
    }

    private static func assessment(_ assessment: Assessment?) -> String? {
        guard let assessment else { return nil }
        return [assessment.type, assessment.mode, assessment.description, assessment.gradingScheme.map { "graded: \($0)" }]
            .joinedText("; ") ?? "stated"
    }

    private static func participation(_ participation: Participation?) -> String? {
        guard let participation else { return nil }
        let dates = [participation.startDate.map(day), participation.endDate.map(day)].joinedText(" to ")
        return [participation.mode, participation.setting, dates].joinedText("; ") ?? "stated"
    }

    private static func qualityAssurance(_ qa: QualityAssurance) -> String {
        var text = qa.type ?? "quality assurance"
        if let body = qa.body { text += " by \(body)" }
        if let decision = qa.decision { text += " (\(decision))" }
        return text
    }

    private static func integration(_ integration: Integration?) -> String? {
        guard let integration else { return nil }
        let parts = integration.isPartOf.map { "part of \($0)" } + integration.hasPart.map { "includes \($0)" }
            + integration.notes
        return parts.joinedText("; ")
    }
}

extension Array where Element == String? {
    /// The non-empty values joined, or nil when none.
    fileprivate func joinedText(_ separator: String) -> String? {
        let values = compactMap { $0 }.filter { !$0.isEmpty }
        return values.isEmpty ? nil : values.joined(separator: separator)
    }
}

extension Array where Element == String {
    fileprivate func joinedText(_ separator: String) -> String? {
        map(Optional.some).joinedText(separator)
    }
}
