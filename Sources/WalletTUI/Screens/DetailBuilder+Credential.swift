import TermUI
import WalletModel

extension DetailBuilder {
    /// Every section of the detail view, in Annex I order, then verification.
    mutating func add(_ credential: Credential) {
        let record = credential.record
        section("Credential")
        field(StandardElement.title.label, record.title, mandatory: true)
        field("Description", record.description)
        field("Type", record.achievementType)
        field("Format", credential.format.label)
        field("Identifier", record.credentialIdentifier)
        field("Completeness", completenessText(record), role: record.completeness.missing.isEmpty ? .verified : .warning)
        addParties(record)
        addLearning(record)
        addComponents(record.components)
        addOptional(record)
        addVerification(credential.verification)
    }

    func completenessText(_ record: CredentialRecord) -> String {
        let completeness = record.completeness
        guard !completeness.missing.isEmpty else { return completeness.summary }
        return completeness.summary + " (not stated: " + completeness.missing.map { $0.label.lowercased() }.joined(separator: ", ") + ")"
    }

    mutating func addParties(_ record: CredentialRecord) {
        section("Learner and issuer")
        field(StandardElement.learner.label, learnerText(record.learner), mandatory: true)
        field(StandardElement.awardingBody.label, organisationText(record.awardingBody), mandatory: true)
        field(StandardElement.country.label, [record.country, record.awardingBody?.region].compactMap { $0 }.joined(separator: ", "), mandatory: true)
        if let issuer = record.issuer, issuer != record.awardingBody { field("Issued by", organisationText(issuer)) }
        field(StandardElement.issued.label, Formatting.day(record.issued), mandatory: true)
        field("Valid from", Formatting.day(record.validFrom))
        field("Valid until", Formatting.day(record.validUntil))
    }

    mutating func addLearning(_ record: CredentialRecord) {
        section(StandardElement.learningOutcomes.label)
        if record.learningOutcomes.isEmpty { field(StandardElement.learningOutcomes.label, nil, mandatory: true) }
        for outcome in record.learningOutcomes {
            bullet(outcome.title + (outcome.description.map { ": " + $0 } ?? ""))
            for skill in outcome.skills {
                let text = [skill.framework, skill.label, skill.uri].compactMap { $0 }.joined(separator: " · ")
                bullet(text, marker: "↳", role: .dim, indent: 2)
            }
        }
        section("Workload, level and assessment")
        field(StandardElement.workload.label, record.workload.map(Formatting.workload).joined(separator: " · "), mandatory: true)
        let levels = (record.eqfLevel.map { ["EQF \($0)"] } ?? []) + record.otherLevels.map { "\($0.framework) \($0.level)" }
        field(StandardElement.level.label, levels.joined(separator: " · "), mandatory: true)
        field(StandardElement.assessment.label, record.assessment.map(assessmentText), mandatory: true)
        field(StandardElement.participation.label, record.participation.map(participationText), mandatory: true)
        let qa = record.qualityAssurance.map { [$0.type, $0.body, $0.decision].compactMap { $0 }.joined(separator: ", ") }
        field(StandardElement.qualityAssurance.label, qa.joined(separator: "; "), mandatory: true)
        field("Fields of study", record.fieldsOfStudy.joined(separator: ", "))
        field("Languages", record.languages.joined(separator: ", "))
    }

    /// A CLR's or an ELM qualification's nested achievements: each one with the facts a reader
    /// (and the stacking engine, which counts them as parts) relies on.
    mutating func addComponents(_ components: [CredentialRecord]) {
        guard !components.isEmpty else { return }
        section("Achievements in this record (\(components.count))")
        for part in components {
            bullet(part.title ?? "Untitled achievement")
            let workload = part.workload.map(Formatting.workload).joined(separator: " · ")
            let facts = [
                part.awardingBody?.name, workload.isEmpty ? nil : workload, part.eqfLevel.map { "EQF \($0)" },
                part.issued.map { Formatting.day($0) },
            ].compactMap { $0 }
            if !facts.isEmpty { bullet(facts.joined(separator: " · "), marker: "↳", role: .dim, indent: 2) }
        }
    }

    mutating func addOptional(_ record: CredentialRecord) {
        section("Optional elements")
        let before = lines.count
        field(StandardElement.prerequisites.label, record.prerequisites)
        field(StandardElement.identityVerification.label, record.identityVerification?.text)
        field(StandardElement.grade.label, record.grade)
        if let integration = record.integration {
            field("Part of", integration.isPartOf.joined(separator: "; "))
            field("Made of", integration.hasPart.joined(separator: "; "))
            field(StandardElement.integration.label, integration.notes.joined(separator: " "))
        }
        field(StandardElement.furtherInformation.label, record.furtherInformation.joined(separator: " "))
        if lines.count == before { lines.append(Line("None stated.", style: theme[.dim])) }
    }

    mutating func addVerification(_ report: VerificationReport) {
        section("Verification")
        field("Result", "\(report.status.mark) " + Formatting.status(report.status), role: Formatting.role(for: report.status))
        field("Checked", Formatting.day(report.checkedAt))
        for check in report.checks {
            let (mark, role): (String, ThemeRole) = switch check.result {
            case .pass: ("✓", .verified)
            case .fail: ("✗", .failed)
            case .unknown: ("?", .unverifiable)
            case .skipped: ("–", .dim)
            }
            bullet("\(check.check.rawValue.capitalized): \(check.message)", marker: mark, role: role)
        }
    }

    func learnerText(_ learner: Learner?) -> String? {
        guard let learner, !learner.isEmpty else { return nil }
        let ids = learner.identifiers.map { ($0.scheme.map { $0 + " " } ?? "") + ($0.hashed ? "(hashed)" : $0.value) }
        return ([learner.name, learner.id] + ids).compactMap { $0 }.joined(separator: " · ")
    }

    func organisationText(_ organisation: Organisation?) -> String? {
        guard let organisation else { return nil }
        let text = [organisation.name, organisation.id ?? organisation.url].compactMap { $0 }.joined(separator: " · ")
        return text.isEmpty ? nil : text
    }

    func assessmentText(_ assessment: Assessment) -> String {
        let kind = assessment.summative.map { $0 ? "summative" : "formative" }
        return [assessment.type, assessment.mode, assessment.description, assessment.gradingScheme, kind].compactMap { $0 }.joined(separator: ", ")
    }

    func participationText(_ participation: Participation) -> String {
        let dates = [participation.startDate, participation.endDate].compactMap { $0 }.map { Formatting.day($0) }.joined(separator: " – ")
        return [participation.mode, participation.setting, dates.isEmpty ? nil : dates].compactMap { $0 }.joined(separator: ", ")
    }
}
