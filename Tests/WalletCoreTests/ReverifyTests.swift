import Foundation
import Testing
import WalletCore
import WalletModel
import WalletTestSupport

/// `Wallet.reverify` and import with the user's issuer key cache (issue 4: `cairn verify`).
@Suite struct ReverifyTests {
    /// A wallet, plus a key cache holding the W3C vector's issuer document.
    func setUp() throws -> (CoreFixture, Wallet, IssuerCacheStore, CredentialFileInspector, URL) {
        let fixture = try CoreFixture()
        let cache = fixture.directory.appendingPathComponent("data")
        let store = IssuerCacheStore(dataDirectory: cache)
        _ = try store.addDocument(Data(W3CVectors.signedJCSIssuerDocument.utf8), source: "did.json", trusted: true)
        let file = try fixture.write("alumni.json", W3CVectors.signedJCS)
        return (fixture, try fixture.create(), store, CredentialFileInspector(dataDirectory: cache), file)
    }

    @Test("import verifies with the key cache it is given; without the issuer document the credential is rejected")
    func importUsesKeyCache() throws {
        let (fixture, wallet, _, inspector, file) = try setUp()
        defer { withExtendedLifetime(fixture) {} }
        let empty = CredentialFileInspector(dataDirectory: fixture.directory.appendingPathComponent("empty"))
        let rejected = wallet.importFiles([file], options: ImportOptions(inspector: empty))
        #expect(rejected.first?.status == .rejected)
        let imported = wallet.importFiles([file], options: ImportOptions(inspector: inspector))
        #expect(imported.first?.status == .imported)
        #expect(imported.first?.verification?.status == .verified)
    }

    @Test("re-verifying before validFrom stores not-yet-valid; list shows failed until verified again")
    func reverifyStoresVerdict() throws {
        let (fixture, wallet, _, inspector, file) = try setUp()
        defer { withExtendedLifetime(fixture) {} }
        let id = try #require(wallet.importFiles([file], options: ImportOptions(inspector: inspector)).first?.id)
        let past = try #require(ISO8601DateFormatter().date(from: "2022-06-01T00:00:00Z"))
        let results = try wallet.reverify(inspector: inspector, at: past)
        #expect(results.map(\.id) == [id])
        #expect(results.first?.title == "Alumni Credential")
        #expect(results.first?.verification.check(.validity)?.code == .notYetValid)
        #expect(try wallet.overviews().first?.verificationStatus == .failed)
        #expect(try wallet.credential(id).verification.status == .failed)
        #expect(try wallet.reverify([id], inspector: inspector).first?.verification.status == .verified)
        #expect(try wallet.overviews().first?.verificationStatus == .verified)
    }

    @Test("a what-if verification (store: false) reports the verdict but leaves the stored one")
    func whatIfIsNotStored() throws {
        let (fixture, wallet, _, inspector, file) = try setUp()
        defer { withExtendedLifetime(fixture) {} }
        let id = try #require(wallet.importFiles([file], options: ImportOptions(inspector: inspector)).first?.id)
        let past = try #require(ISO8601DateFormatter().date(from: "2022-06-01T00:00:00Z"))
        let whatIf = try wallet.reverify([id], inspector: inspector, at: past, store: false)
        #expect(whatIf.first?.verification.status == .failed)
        #expect(try wallet.credential(id).verification.status == .verified)
    }

    @Test("removing the issuer from the cache makes the stored credential fail with issuer-key-mismatch")
    func reverifyAfterCacheChange() throws {
        let (fixture, wallet, store, inspector, file) = try setUp()
        defer { withExtendedLifetime(fixture) {} }
        _ = wallet.importFiles([file], options: ImportOptions(inspector: inspector))
        #expect(store.remove(id: "https://vc.example/issuers/5678"))
        let fresh = CredentialFileInspector(dataDirectory: fixture.directory.appendingPathComponent("data"))
        let report = try #require(try wallet.reverify(inspector: fresh).first?.verification)
        #expect(report.check(.issuer)?.code == .issuerKeyMismatch)
        #expect(try wallet.listing().summaries.first?.overview.verificationStatus == .failed)
    }

    @Test("the JSON document has id, title, format and verification per credential")
    func jsonShape() throws {
        let (fixture, wallet, _, inspector, file) = try setUp()
        defer { withExtendedLifetime(fixture) {} }
        _ = wallet.importFiles([file], options: ImportOptions(inspector: inspector))
        let text = CredentialJSON.verifications(try wallet.reverify(inspector: inspector))
        let object = try #require((try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])?.first)
        #expect(object.keys.sorted() == ["format", "id", "title", "verification"])
        #expect((object["verification"] as? [String: Any])?["status"] as? String == "verified")
    }
}
