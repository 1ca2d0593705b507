import Foundation
import Testing
import WalletModel
@testable import WalletStacking

@Suite struct ConformanceTests {
    typealias F = Fixture

    @Test("CMF sizes: 4, 5, 6 ECTS conform; 3 and 7 fail R3", arguments: [(4.0, true), (5.0, true), (6.0, true), (3.0, false), (7.0, false)])
    func sizes(ects: Double, conforms: Bool) {
        var credential = F.credential("X", ects, eqf: 6, hours: ects * 25)
        credential.qualityAssurance = ["esg-agency"]
        let check = CMFChecker().check(credential)
        #expect(check.conforms == conforms)
        #expect(check.checks.first { $0.rule == "R3" }?.verdict == (conforms ? .meets : .fails))
    }

    @Test("99 h and 151 h fail the hours rules; hours are never derived from ECTS")
    func hours() {
        let low = CMFChecker().check(F.credential("L", 4, eqf: 6, hours: 99))
        #expect(low.checks.first { $0.rule == "R1" }?.verdict == .fails)
        let high = CMFChecker().check(F.credential("H", 6, eqf: 6, hours: 151))
        #expect(high.checks.first { $0.rule == "R2" }?.verdict == .fails)
        let none = CMFChecker().check(F.credential("N", 5, eqf: 6))
        #expect(none.checks.first { $0.rule == "R1" }?.verdict == .notStated)
        #expect(!none.conforms)
    }

    @Test("EQF band is a parameter: EQF 5 meets 2021, fails 2020 without ECTS, meets 2020 with ECTS")
    func band() {
        let withECTS = F.credential("E", 5, eqf: 5, hours: 125)
        #expect(CMFChecker(band: .policy2021).check(withECTS).checks.first { $0.rule == "R4" }?.verdict == .meets)
        #expect(CMFChecker(band: .report2020).check(withECTS).checks.first { $0.rule == "R4" }?.verdict == .meets)
        let hoursOnly = F.credential("H", eqf: 5, hours: 125)
        #expect(CMFChecker(band: .report2020).check(hoursOnly).checks.first { $0.rule == "R4" }?.verdict == .fails)
        #expect(CMFChecker(band: .policy2021).check(F.credential("Z", 5, eqf: 4)).checks.first { $0.rule == "R4" }?.verdict == .fails)
    }

    @Test("formative assessment and missing ID verification fail R5 and R6")
    func assessment() {
        let check = CMFChecker().check(F.credential("F", 5, eqf: 6, hours: 125, summative: false, idVerified: nil))
        #expect(check.checks.first { $0.rule == "R5" }?.verdict == .fails)
        #expect(check.checks.first { $0.rule == "R6" }?.verdict == .notStated)
    }

    @Test("ladder rungs", arguments: [
        (0.5, nil, LadderRung.microLearningUnit), (2.0, nil, .course), (15.0, nil, .shortProgramme),
        (30.0, nil, .microdegree), (90.0, "master", .master), (180.0, "bachelor", .bachelor),
    ] as [(Double, String?, LadderRung)])
    func rungs(ects: Double, type: String?, rung: LadderRung) {
        #expect(LadderRung.of(F.credential("X", ects, eqf: 6, type: type)) == rung)
    }

    @Test("a conforming 5 ECTS credential sits on the CMF rung; a non-conforming one is a course")
    func cmfRung() {
        var good = F.credential("G", 5, eqf: 6, hours: 125)
        good.qualityAssurance = ["esg-agency"]
        #expect(LadderRung.of(good) == .cmfMicrocredential)
        #expect(LadderRung.of(F.credential("B", 5, eqf: 6, summative: false)) == .course)
        #expect(LadderRung.of(F.credential("U", hours: 125)) == .unknown)
    }

    @Test("a wallet credential projects its record, verification and revocation")
    func projection() throws {
        let record = CredentialRecord(
            title: "NLP", issued: Fixture.day, workload: [Workload(value: 5, unit: .ects)], eqfLevel: 7,
            assessment: Assessment(summative: true), participation: Participation(setting: "Non-formal"),
            identityVerification: IdentityVerification(identityVerified: true),
            integration: Integration(isPartOf: ["urn:track:nlp"]), achievementType: "MicroCredential",
            fieldsOfStudy: ["0613"], components: [CredentialRecord(title: "part", workload: [Workload(value: 2, unit: .ects)])])
        let projected = StackingCredential(id: "abc", record: record, verification: .verified)
        #expect(projected.verified && projected.status == .earned)
        #expect(projected.setting == "non-formal" && projected.track == "urn:track:nlp")
        #expect(projected.components.first?.id == "abc/1")
        let revoked = StackingCredential(id: "abc", record: record, verification: .failed, revoked: true)
        #expect(revoked.status == .revoked && !revoked.verified)
    }
}
