import Foundation
import Testing
import WalletCrypto
import WalletModel
import WalletStore

@Suite struct FixtureWalletTests {
    @Test("a wallet written by store format v1 still opens, lists and decrypts")
    func opensVersion1() throws {
        let fixture = try StoreFixture()
        let source = try #require(Bundle.module.url(forResource: "Fixtures/wallet-v1", withExtension: "sqlite"))
        try FileManager.default.copyItem(at: source, to: fixture.url)
        #expect(throws: StoreError.wrongPassphrase) { try WalletDatabase.open(at: fixture.url, passphrase: fixture.passphrase) }
        let database = try WalletDatabase.open(at: fixture.url, passphrase: Passphrase("fixture passphrase"))
        let scan = try database.scanOverviews()
        #expect(scan.damaged.isEmpty)
        #expect(Set(scan.summaries.compactMap(\.overview.title)) == ["Statistics for Data Analysis", "Cloud Computing Fundamentals"])
        for summary in scan.summaries {
            let credential = try database.credential(summary.id)
            #expect(credential.format == .selfAsserted)
            #expect(credential.verification.status == .selfAsserted)
            #expect(String(decoding: credential.original, as: UTF8.self).contains("CairnSelfAssertedCredential"))
        }
        #expect(try database.integrityCheck() == ["ok"])
    }
}
