import Foundation
import Testing
import WalletCore
import WalletModel

@Suite struct DemoWalletTests {
    func demoCredentials() throws -> [Credential] {
        let fixture = try CoreFixture()
        let wallet = try DemoWallet.openOrCreate(at: fixture.url)
        return try wallet.credentials()
    }

    @Test("every sample imports as self-asserted, and reopening imports nothing twice")
    func importsCleanly() throws {
        let fixture = try CoreFixture()
        let count = try DemoWallet.documents().count
        #expect(count >= 8)
        do { #expect(try DemoWallet.openOrCreate(at: fixture.url).overviews().count == count) }
        let again = try DemoWallet.openOrCreate(at: fixture.url)
        #expect(try again.overviews().count == count)
        #expect(try again.overviews().allSatisfy { $0.verificationStatus == .selfAsserted })
    }

    @Test("samples cover several issuers and countries, ECTS and hours, EQF 5 to 7")
    func variety() throws {
        let credentials = try demoCredentials()
        #expect(Set(credentials.compactMap { $0.record.awardingBody?.name }).count >= 5)
        #expect(Set(credentials.compactMap(\.record.country)).count >= 4)
        #expect(credentials.contains { $0.record.workload.contains { $0.unit == .hours } && $0.record.ects == nil })
        #expect(Set(credentials.compactMap(\.record.eqfLevel)).isSuperset(of: [5, 6, 7]))
        #expect(credentials.contains { $0.record.completeness.missing.count >= 5 })
    }

    @Test("a CMF-sized item (4–6 ECTS, summative, ID-verified) and 20–40 ECTS toward the microdegree")
    func stackingMaterial() throws {
        let credentials = try demoCredentials()
        let cmf = credentials.filter { credential in
            let record = credential.record
            return (4...6).contains(record.ects ?? 0) && record.assessment?.summative == true
                && record.identityVerification?.identityVerified == true
        }
        #expect(!cmf.isEmpty)
        let microdegree = credentials.filter { $0.record.integration?.isPartOf.contains { $0.hasPrefix("Microdegree") } == true }
        let ects = microdegree.compactMap(\.record.ects).reduce(0, +)
        #expect((20...40).contains(ects))
        #expect(ects < 30, "partial progress toward the 30 ECTS microdegree")
    }
}
