import Foundation
import Testing
import WalletModel
import WalletStacking

/// How a wallet record becomes a stacking credential: the terms pathways filter on.
@Suite struct WalletProjectionTests {
    typealias F = Fixture

    @Test("a stated accreditation counts as accredited-hei; other QA terms are kept in words")
    func qualityAssuranceTerms() {
        let accredited = CredentialRecord(
            qualityAssurance: [QualityAssurance(type: "Institutional accreditation", body: "ANVUR", external: true)])
        let terms = StackingCredential(id: "a", record: accredited, verification: .verified).qualityAssurance
        #expect(terms.contains("accredited-hei"))
        #expect(terms.contains("anvur") && terms.contains("external"))
        let audited = CredentialRecord(qualityAssurance: [QualityAssurance(type: "internal review", body: "Faculty board")])
        #expect(!StackingCredential(id: "b", record: audited, verification: .verified).qualityAssurance.contains("accredited-hei"))
    }

    @Test("only a verified verdict makes a credential verified for verified-only pathways")
    func verifiedFlag() {
        let record = CredentialRecord(title: "x")
        #expect(StackingCredential(id: "a", record: record, verification: .verified).verified)
        #expect(!StackingCredential(id: "b", record: record, verification: .failed).verified)
        #expect(!StackingCredential(id: "c", record: record, verification: .selfAsserted).verified)
    }

    @Test("a credential whose issuer signature failed is tampered, and no pathway counts it")
    func tamperedNeverCounts() throws {
        let record = CredentialRecord(title: "Raised credits", workload: [Workload(value: 30, unit: .ects)])
        let failed = VerificationReport(status: .failed, checks: [
            VerificationCheck(check: .proof, result: .fail, code: .signatureInvalid, message: "altered"),
        ], checkedAt: Date(timeIntervalSince1970: 0))
        let credential = Credential(
            id: CredentialID(bytes: [UInt8](repeating: 1, count: 16)), format: .openBadges3, record: record,
            verification: failed, original: Data(), importedAt: Date(timeIntervalSince1970: 0))
        let projected = StackingCredential(credential)
        #expect(projected.tampered)
        let result = try F.run(F.pool("R", min: 5), [projected])
        #expect(result.progress.countedECTS == 0)
        #expect(result.notCounted.first?.code == .notVerified)
        var expired = credential
        expired.verification = VerificationReport(status: .failed, checks: [
            VerificationCheck(check: .proof, result: .pass, message: "ok"),
            VerificationCheck(check: .validity, result: .fail, code: .expired, message: "expired"),
        ], checkedAt: Date(timeIntervalSince1970: 0))
        #expect(!StackingCredential(expired).tampered, "an expired credential is judged by the pathway's validity rules, not as tampered")
    }
}
