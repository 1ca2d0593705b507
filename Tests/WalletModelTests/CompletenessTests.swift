import Foundation
import Testing
import WalletModel

@Suite struct CompletenessTests {
    @Test("an empty record states none of the eleven mandatory elements")
    func emptyRecord() {
        let completeness = CredentialRecord().completeness
        #expect(completeness.present.isEmpty)
        #expect(completeness.missing == StandardElement.mandatory)
        #expect(completeness.summary == "0 of 11 mandatory elements")
    }

    @Test("the country counts when only the issuer states it")
    func countryFromIssuer() {
        let record = CredentialRecord(title: "Data Analytics", issuer: Organisation(name: "Platform", country: "FR"))
        #expect(record.states(.title))
        #expect(record.states(.country))
        #expect(!record.states(.awardingBody) || record.awardingBody != nil)
        #expect(record.completeness.present == [.title, .country])
    }

    @Test("ECTS is read only from an ECTS workload, never converted from hours")
    func ectsNeverConverted() {
        var record = CredentialRecord(workload: [Workload(value: 125, unit: .hours)])
        #expect(record.ects == nil)
        record.workload.append(Workload(value: 5, unit: .ects))
        #expect(record.ects == 5)
    }
}
