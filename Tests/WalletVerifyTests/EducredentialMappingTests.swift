import Foundation
import Testing
import WalletFormats
import WalletJSON
import WalletModel

/// The edubadges / educredentials OB 3.0 extension members map to the EU elements OB 3.0 lacks.
@Suite struct EducredentialMappingTests {
    static let credential = """
        {"@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
         "type": ["VerifiableCredential", "OpenBadgeCredential"], "issuer": {"id": "https://example.org/issuer", "name": "U"},
         "validFrom": "2024-08-30T00:00:00Z",
         "credentialSubject": {"type": ["AchievementSubject"], "achievement": {
           "id": "https://example.org/a/1", "type": ["Achievement"], "name": "Transmutation basics",
           "ECTS": 3.0, "studyLoad": 84, "creditsAvailable": 3,
           "participationType": "onsite or blended", "assessmentType": "testing",
           "identityChecked": true, "supervisionType": "onsite with identity verification",
           "alignment": [
             {"type": ["Alignment"], "targetType": "ext:QualityAssurance", "targetName": "NVAO",
              "targetDescription": "programme accreditation", "targetCode": "AV-7381", "targetUrl": "https://example.org/qa"},
             {"type": ["Alignment"], "targetType": "ext:EQF", "targetName": "EQF level 4", "targetCode": "4",
              "targetUrl": "https://example.org/eqf"}]}}}
        """

    func record(_ text: String = credential) throws -> CredentialRecord {
        VCRecordMapper.record(from: try #require(try JSONParser().parse(Data(text.utf8)).objectValue))
    }

    @Test("ECTS and studyLoad become ECTS and hours; the unit-less creditsAvailable is dropped beside them")
    func workload() throws {
        let record = try record()
        #expect(record.workload == [Workload(value: 3, unit: .ects), Workload(value: 84, unit: .hours)])
        #expect(record.sources[.workload] == "$.credentialSubject.achievement.ECTS")
    }

    @Test("ext:EQF and ext:QualityAssurance alignments are a level and a QA entry, not learning outcomes")
    func alignments() throws {
        let record = try record()
        #expect(record.eqfLevel == 4)
        #expect(record.qualityAssurance == [QualityAssurance(type: "programme accreditation", body: "NVAO", decision: "AV-7381 https://example.org/qa")])
        #expect(record.learningOutcomes.isEmpty)
    }

    @Test("participation, assessment and the identity check are mapped; summative stays unknown")
    func assessmentAndIdentity() throws {
        let record = try record()
        #expect(record.participation?.mode == "onsite or blended")
        #expect(record.assessment?.type == "testing")
        #expect(record.assessment?.summative == nil)
        #expect(record.identityVerification == IdentityVerification(text: "onsite with identity verification", identityVerified: true))
    }

    @Test("without the extension, creditsAvailable keeps its unspecified unit")
    func plainOB3() throws {
        let plain = Self.credential.replacingOccurrences(of: "\"ECTS\": 3.0, \"studyLoad\": 84, ", with: "")
        #expect(try record(plain).workload == [Workload(value: 3, unit: .unspecified)])
    }

    @Test("an assessment is summative when a grade was awarded or its type says so; formative and silent stay so")
    func summative() throws {
        #expect(try record().assessment?.summative == nil, "an ungraded 'testing' assessment is not stated as summative")
        let graded = Self.credential.replacingOccurrences(
            of: #""credentialSubject": {"type": ["AchievementSubject"], "#,
            with: #""credentialSubject": {"type": ["AchievementSubject"], "result": [{"type": ["Result"], "value": "8.5"}], "#)
        #expect(try record(graded).assessment?.summative == true)
        let formative = graded.replacingOccurrences(of: #""assessmentType": "testing""#, with: #""assessmentType": "formative quiz""#)
        #expect(try record(formative).assessment?.summative == false, "a type naming formative wins over a grade")
        #expect(SummativeEvidence.infer(type: "Summative written exam", graded: false) == true)
        #expect(SummativeEvidence.infer(type: nil, graded: false) == nil)
    }
}
