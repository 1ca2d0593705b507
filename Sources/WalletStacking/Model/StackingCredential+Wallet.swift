import Foundation
import WalletModel

extension StackingCredential {
    /// Projects a wallet credential: the record's facts plus the verification verdict.
    ///
    /// A credential whose revocation check failed is `revoked`; anything not `verified` keeps
    /// `verified = false` so pathways with `verified_only` can reject it.
    public init(_ credential: Credential) {
        let revoked = credential.verification.checks.contains { $0.code == .revoked }
        self.init(
            id: credential.id.rawValue, record: credential.record,
            verification: credential.verification.status, revoked: revoked)
        let tampered = credential.verification.checks.contains { ($0.check == .proof || $0.check == .issuer) && $0.result == .fail }
        self.tampered = tampered
        components = components.map { part in
            var part = part
            part.tampered = tampered
            return part
        }
    }

    /// Projects a record (or a nested component record) under a given identifier.
    public init(id: String, record: CredentialRecord, verification: VerificationStatus, revoked: Bool = false) {
        let verified = verification == .verified
        let components = record.components.enumerated().map { index, part in
            StackingCredential(
                id: "\(id)/\(index + 1)", record: part, verification: verification, revoked: revoked)
        }
        self.init(
            id: id, title: record.title ?? "", workload: record.workload, eqfLevel: record.eqfLevel,
            summativeAssessment: record.assessment?.summative,
            identityVerified: record.identityVerification?.identityVerified,
            qualityAssurance: Self.qualityTerms(record.qualityAssurance),
            subjects: record.fieldsOfStudy, tags: record.fieldsOfStudy.map { $0.lowercased() },
            skills: Self.skillTerms(record.learningOutcomes),
            issuerID: record.awardingBody?.id ?? record.issuer?.id,
            setting: record.participation?.setting?.lowercased(),
            credentialType: record.achievementType?.lowercased(),
            achievementID: record.achievementIdentifier, credentialIdentifier: record.credentialIdentifier,
            issued: record.issued ?? record.validFrom, validUntil: record.validUntil,
            status: revoked ? .revoked : .earned, verified: verified, grade: record.grade,
            track: record.integration?.isPartOf.first, hasPart: record.integration?.hasPart ?? [],
            isPartOf: record.integration?.isPartOf ?? [], components: components)
    }

    /// The credential's quality-assurance terms as pathways name them: the stated type and body,
    /// plus `external`, and `accredited-hei` when the stated type is an accreditation
    /// (institutional, programme or system accreditation are all ways a higher-education provider
    /// is accredited; stacking.md's pathways ask for `accredited-hei`, credentials say it in words).
    static func qualityTerms(_ entries: [QualityAssurance]) -> [String] {
        entries.flatMap { entry -> [String] in
            var terms = [entry.type, entry.body].compactMap { $0?.lowercased() }
            if entry.external == true { terms.append("external") }
            if entry.type?.lowercased().contains("accredit") == true { terms.append("accredited-hei") }
            return terms
        }
    }

    private static func skillTerms(_ outcomes: [LearningOutcome]) -> [String] {
        outcomes.flatMap { outcome in
            outcome.skills.flatMap { [$0.uri, $0.label?.lowercased()].compactMap { $0 } }
        }
    }
}
