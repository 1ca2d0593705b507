import Foundation
import Testing
import WalletFormats
import WalletJSON
import WalletModel

/// OB 3.0 / CLR 2.0 → EU Annex I elements (standards.md § 11).
@Suite struct RecordMappingTests {
    @Test("the 1EdTech micro-credential maps to the Annex I elements it states, with source paths")
    func bootcampMicroCredential() throws {
        let record = VCRecordMapper.record(from: try Fixture.object("bootcamp/MC-unsigned-OB.json"))
        #expect(record.title == "Digital micro-credential creation")
        #expect(record.sources[.title] == "$.credentialSubject.achievement.name")
        #expect(record.awardingBody?.name == "ORGANIZACION TEST")
        #expect(record.awardingBody?.country == "Spain")
        #expect(record.awardingBody?.identifiers == ["ext:eIDASIdentifier: VATES-A00000000"])
        #expect(record.learner?.name == "Ana Andromeda")
        #expect(record.learner?.id == "urn:epass:person:1")
        #expect(record.learner?.identifiers.map(\.scheme) == ["ext:studentCardId", "nationalIdentityNumber"])
        #expect(record.learner?.dateOfBirth == "1999-10-02T00:00:00Z")
        #expect(record.issued == XSDDateTime.parse("2024-01-01T00:00:00+01:00"))
        #expect(record.sources[.issued] == "$.validFrom")
        #expect(record.workload == [Workload(value: 2, unit: .unspecified)])
        #expect(record.sources[.workload] == "$.credentialSubject.achievement.creditsAvailable")
        #expect(record.learningOutcomes.count == 1)
        #expect(record.learningOutcomes.first?.title == "Communication, collaboration and creativity")
        #expect(record.learningOutcomes.first?.skills.count == 4)
        #expect(record.learningOutcomes.first?.skills.allSatisfy { $0.framework == "ESCO" && $0.uri?.hasPrefix("http://data.europa.eu/esco/skill/") == true } == true)
        #expect(record.assessment?.type == "Status")
        #expect(record.assessment?.gradingScheme == "Pass / Fail")
        #expect(record.grade == "Pass")
        #expect(record.sources[.grade] == "$.credentialSubject.result.value")
        #expect(record.fieldsOfStudy.first?.hasPrefix("Inter-disciplinary programmes") == true)
        #expect(record.languages == ["en"])
        #expect(record.achievementType == "Course")
        #expect(record.eqfLevel == nil)
        #expect(record.completeness.missing == [.level, .participation, .qualityAssurance])
    }

    @Test("EQF level comes from a European Qualifications Framework alignment", arguments: [
        #"{"targetName": "x", "targetUrl": "http://data.europa.eu/snb/eqf/5"}"#,
        #"{"targetName": "EQF 5", "targetUrl": "https://example.org/levels", "targetFramework": "European Qualifications Framework"}"#,
    ])
    func eqf(_ alignment: String) throws {
        let credential = try #require(try JSONParser().parse(#"""
            {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential", "OpenBadgeCredential"],
             "issuer": "did:example:1", "credentialSubject": {"achievement": {"name": "A", "alignment": [\#(alignment)]}}}
            """#).objectValue)
        let record = VCRecordMapper.record(from: credential)
        #expect(record.eqfLevel == 5)
        #expect(record.sources[.level] == "$.credentialSubject.achievement.alignment[0]")
        #expect(record.learningOutcomes.isEmpty)
    }

    @Test("CLR 2.0 nested achievements become components")
    func clr() throws {
        let credential = try Fixture.object("clr20/complex.json")
        #expect(VCFormatDetector.format(of: credential) == .clr2)
        let record = VCRecordMapper.record(from: credential)
        let nested = credential["credentialSubject"]?["verifiableCredential"]?.asList.count ?? 0
        let achievements = credential["credentialSubject"]?["achievement"]?.asList.count ?? 0
        #expect(nested + achievements > 0)
        #expect(record.components.count == nested + achievements)
        #expect(record.components.allSatisfy { $0.title != nil })
    }

    @Test("an endorsement credential is detected as such", arguments: ["ob30/endorsement-valid.json"])
    func endorsement(_ path: String) throws {
        #expect(VCFormatDetector.format(of: try Fixture.object(path)) == .endorsement)
    }

    @Test("VC 1.1 dates map from issuanceDate and expirationDate")
    func vc11Dates() throws {
        let record = VCRecordMapper.record(from: try Fixture.object("ob30/complete_v1.json"))
        #expect(record.sources[.issued] == "$.issuanceDate")
        #expect(record.validUntil == XSDDateTime.parse("2020-01-01T00:00:00Z"))
    }
}
