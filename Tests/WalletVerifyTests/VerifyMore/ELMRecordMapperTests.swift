import Foundation
import Testing
import WalletFormats
import WalletJSON
import WalletModel
@testable import WalletVerify

@Suite struct ELMRecordMapperTests {
    func annex1() throws -> CredentialRecord {
        ELMRecordMapper.record(from: try VerifyMoreFixtures.object("Europass/Sample-MC-Annex1-unsigned.jsonld"))
    }

    @Test("maps the EC Annex I sample to the expected elements (standards.md §11.1)")
    func annexIExpected() throws {
        let record = try annex1()
        #expect(record.title == "Digital micro-credential creation")
        #expect(record.awardingBody?.name == "University of Zed")
        #expect(record.awardingBody?.country == "IE")
        #expect(record.country == "IE")
        #expect(record.ects == 2)
        #expect(record.eqfLevel == 6)
        #expect(record.learningOutcomes.count == 2)
        #expect(record.learningOutcomes.flatMap(\.skills).filter { $0.framework == "ESCO" }.count == 4)
        #expect(record.grade == "Pass")
        #expect(record.assessment?.type == "artefact assessment")
        #expect(record.assessment?.mode == "Online")
        #expect(record.participation?.mode == "Blended")
        #expect(record.participation?.setting == "non-formal learning")
        #expect(record.identityVerification?.text == "Unsupervised without ID Verification")
        #expect(record.identityVerification?.supervised == false)
        #expect(record.identityVerification?.identityVerified == false)
        #expect(record.prerequisites?.hasPrefix("The learner needs to have an EDC Online Credential Builder account") == true)
        #expect(record.workload.contains(Workload(value: 60, unit: .hours)))
        #expect(record.workload.contains(Workload(value: 2, unit: .ects)))
    }

    @Test("keeps the other facts: learner, NQF level, thematic areas, language, stackability, sources")
    func otherFacts() throws {
        let record = try annex1()
        #expect(record.learner?.name == "Ana Andromeda")
        #expect(record.learner?.identifiers.contains(Identifier(scheme: "nationalID (IT)", value: "LA-234218")) == true)
        #expect(record.otherLevels == [QualificationLevel(framework: "NQF", level: "RQF Level 6")])
        #expect(record.fieldsOfStudy.first == "Personal skills and development")
        #expect(record.languages == ["eng"])
        #expect(record.achievementType == "Short learning programme")
        #expect(record.integration?.notes.contains("Not a partial qualification") == true)
        #expect(record.participation?.startDate != nil)
        #expect(record.sources[.workload] != nil && record.sources[.level] == "$S.eqfLevel")
        #expect(record.completeness.missing == [.qualityAssurance])
        #expect(record.issued == (try VerifyMoreFixtures.date("2022-12-31T23:00:00Z")))
        #expect(record.sources[.issued] == "$.validFrom")
    }

    @Test("converts durations to hours only where exact")
    func durations() {
        #expect(ISO8601Duration.hours("PT60H") == 60)
        #expect(ISO8601Duration.hours("P2DT12H") == 60)
        #expect(ISO8601Duration.hours("PT90M") == 1.5)
        #expect(ISO8601Duration.hours("P1M") == nil)
        #expect(ISO8601Duration.hours("P60M") == nil)
        #expect(ISO8601Duration.hours("PT") == nil)
        #expect(ISO8601Duration.hours("60H") == nil)
    }

    @Test("converts EU authority alpha-3 country IRIs to alpha-2")
    func countries() {
        #expect(CountryCodes.alpha2(fromAuthorityIRI: "http://publications.europa.eu/resource/authority/country/IRL") == "IE")
        #expect(CountryCodes.alpha2(fromAuthorityIRI: "http://publications.europa.eu/resource/authority/country/BEL") == "BE")
        #expect(CountryCodes.alpha2(fromAuthorityIRI: "http://publications.europa.eu/resource/authority/country/1A0") == "1A0")
    }

    @Test("reads production-style arrays and language maps with array values")
    func productionShapes() throws {
        let json = #"{"type":["VerifiableCredential","EuropeanDigitalCredential"],"credentialSubject":{"hasClaim":[{"title":{"en":["Array title"]},"awardedBy":[{"awardingBody":[{"legalName":{"en":["Org"]},"location":[{"address":[{"countryCode":{"id":"http://publications.europa.eu/resource/authority/country/DEU"}}]}]}]}],"specifiedBy":[{"creditPoint":[{"framework":{"id":"http://data.europa.eu/snb/education-credit/6fcec5c5af"},"point":"5"}],"eqfLevel":[{"id":"http://data.europa.eu/snb/eqf/7"}]}]}]}}"#
        let record = ELMRecordMapper.record(from: try #require(try JSONParser().parse(json).objectValue))
        #expect(record.title == "Array title")
        #expect(record.awardingBody?.name == "Org")
        #expect(record.awardingBody?.country == "DE")
        #expect(record.ects == 5)
        #expect(record.eqfLevel == 7)
    }
}
