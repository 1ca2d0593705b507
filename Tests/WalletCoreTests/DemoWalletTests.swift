import Foundation
import Testing
import WalletCore
import WalletModel

/// The demo wallet holds real verdicts: signed credentials that verify, a tampered one that fails,
/// an expired one, an unverifiable one and paper certificates that are self-asserted.
@Suite struct DemoWalletTests {
    /// A fixed "now" so validity verdicts do not drift with the calendar.
    static let now = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28

    /// Demo credentials keyed by the demo file each came from.
    func demoCredentials() throws -> [String: Credential] {
        let fixture = try CoreFixture()
        let wallet = try DemoWallet.openOrCreate(at: fixture.url, now: Self.now)
        let credentials = try wallet.credentials()
        return Dictionary(uniqueKeysWithValues: credentials.map { ($0.sourceFileName ?? "", $0) })
    }

    static let signedTemplates = [
        "01-statistics-for-data-analysis.json", "02-python-for-data-science.json", "03-applied-ml-foundations.json",
        "04-deep-learning.json", "05-data-ethics-and-governance.json", "06-cloud-fundamentals.json",
        "07-project-management-essentials.json", "09-digital-marketing.json",
    ]

    @Test("the demo opens with 15 credentials, and reopening it imports nothing twice")
    func importsOnce() throws {
        let fixture = try CoreFixture()
        #expect(try DemoWallet.documents().count == 15)
        do { #expect(try DemoWallet.openOrCreate(at: fixture.url, now: Self.now).overviews().count == 15) }
        let again = try DemoWallet.openOrCreate(at: fixture.url, now: Self.now)
        #expect(try again.overviews().count == 15)
    }

    @Test("signing is deterministic: the same documents, byte for byte, on every run")
    func deterministic() throws {
        let fixture = try CoreFixture()
        let wallet = try fixture.create()
        let keep = ImportOptions(keepInvalid: true, now: Self.now)
        #expect(wallet.importDocuments(try DemoWallet.documents(), options: keep).allSatisfy { $0.status == .imported })
        #expect(wallet.importDocuments(try DemoWallet.documents(), options: keep).allSatisfy { $0.status == .duplicate })
    }

    @Test("the signed OB 3.0 credentials verify: proof and issuer pass under a did:key issuer")
    func signedVerify() throws {
        let credentials = try demoCredentials()
        for name in Self.signedTemplates {
            let credential = try #require(credentials[name], "\(name)")
            #expect(credential.format == .openBadges3, "\(name)")
            #expect(credential.verification.status == .verified, "\(name): \(credential.verification.checks)")
            #expect(credential.verification.check(.proof)?.result == .pass, "\(name)")
            #expect(credential.verification.check(.proof)?.message.contains("eddsa-jcs-2022") == true, "\(name)")
            #expect(credential.verification.check(.issuer)?.result == .pass, "\(name)")
            #expect(credential.verification.check(.trust)?.result == .unknown, "\(name): a demo key is never trusted")
        }
    }

    @Test("each demo issuer signs with the did:key of its public seed; two credentials of one issuer share it")
    func issuerKeys() throws {
        let credentials = try demoCredentials()
        let statistics = try #require(credentials["01-statistics-for-data-analysis.json"])
        let ethics = try #require(credentials["05-data-ethics-and-governance.json"])
        let python = try #require(credentials["02-python-for-data-science.json"])
        let did = try #require(statistics.record.issuer?.id)
        #expect(did.hasPrefix("did:key:z6Mk"))
        #expect(ethics.record.issuer?.id == did, "both from University of Zed")
        #expect(python.record.issuer?.id != did)
    }

    @Test("the tampered sample is kept with a failed proof and says it was altered on purpose")
    func tampered() throws {
        let credential = try #require(try demoCredentials()["11-tampered-web-accessibility.json"])
        #expect(credential.verification.status == .failed)
        #expect(credential.verification.check(.proof)?.result == .fail)
        #expect(credential.verification.check(.proof)?.code == .signatureInvalid)
        #expect(credential.record.grade == "Distinction")
        #expect(credential.record.title?.contains("tampered demo sample") == true)
        #expect(credential.record.description?.contains("Deliberately tampered demo sample") == true)
    }

    @Test("the expired badge is stored and marked expired, its signature still valid")
    func expired() throws {
        let credential = try #require(try demoCredentials()["dcc-teamwork-badge-expired.json"])
        #expect(credential.verification.check(.validity)?.code == .expired)
        #expect(credential.verification.check(.proof)?.result == .pass)
        #expect(credential.verification.status == .failed)
    }

    @Test("public samples: the Europass seal and the DCC badge verify, the VC-JWT is unverifiable")
    func publicSamples() throws {
        let credentials = try demoCredentials()
        let europass = try #require(credentials["europass-mc-annex1-signed.jsonld"])
        #expect(europass.format == .europass)
        #expect(europass.verification.status == .verified)
        #expect(europass.verification.check(.trust)?.result == .unknown)
        #expect(europass.record.ects == 2)
        let badge = try #require(credentials["dcc-teamwork-badge.json"])
        #expect(badge.verification.status == .verified)
        #expect(badge.verification.check(.proof)?.message.contains("eddsa-rdfc-2022") == true)
        let jwt = try #require(credentials["1edtech-ob3-simple.jwt"])
        #expect(jwt.format == .vcJWT)
        #expect(jwt.verification.status == .unverifiable)
        #expect(jwt.verification.check(.proof)?.code == .keyUnresolvable)
    }

    @Test("the paper certificates stay self-asserted")
    func selfAsserted() throws {
        let credentials = try demoCredentials()
        for name in ["08-occupational-first-aid.json", "10-spreadsheet-workshop.json"] {
            #expect(credentials[name]?.verification.status == .selfAsserted, "\(name)")
        }
        #expect(credentials.values.filter { $0.verification.status == .selfAsserted }.count == 2)
    }

    @Test("signed credentials keep their EU elements: ECTS, EQF 5–7, QA, ID check, several countries")
    func euElements() throws {
        let credentials = try demoCredentials()
        let ects = Self.signedTemplates.prefix(5).compactMap { credentials[$0]?.record.ects }
        #expect(ects == [5, 6, 5, 5, 4])
        let signed = Self.signedTemplates.compactMap { credentials[$0]?.record }
        #expect(Set(signed.compactMap(\.eqfLevel)) == [5, 6, 7])
        #expect(Set(signed.compactMap(\.country)).count >= 5)
        let ml = try #require(credentials["03-applied-ml-foundations.json"]?.record)
        #expect(ml.identityVerification?.identityVerified == true)
        #expect(ml.qualityAssurance.first?.body?.hasPrefix("ANVUR") == true)
        #expect(ml.fieldsOfStudy == ["isced-f:0613", "isced-f:0688"])
        #expect(ml.learningOutcomes.count == 2)
        #expect(ml.grade == "28/30")
        #expect(credentials["06-cloud-fundamentals.json"]?.record.workload.contains { $0.unit == .hours } == true)
    }

    @Test("the verified demo credentials stack: 20 of 90 ECTS toward the example MSc (pathway 21)")
    func stacking() throws {
        let fixture = try CoreFixture()
        let wallet = try DemoWallet.openOrCreate(at: fixture.url, now: Self.now)
        let catalogue = try PathwayLibrary.catalogue(environment: ["XDG_CONFIG_HOME": fixture.directory.path])
        let msc = try #require(try wallet.stack(catalogue: catalogue, at: Self.now, only: "urn:example:pathway:msc:data-science-90").first)
        #expect(msc.progress.countedECTS == 20)
        let titles = try wallet.credentials().filter { credential in msc.counted.contains { $0.credential == credential.id.rawValue } }
        #expect(titles.count == 4)
        #expect(titles.allSatisfy { $0.verification.status == .verified })
    }

    @Test("reopening skips a signed demo credential the wallet already holds, even as other bytes")
    func skipsHeldTemplates() throws {
        let source = try #require(try demoCredentials()["01-statistics-for-data-analysis.json"])
        let fixture = try CoreFixture()
        do {  // the wallet is unlocked until released
            let wallet = try Wallet.create(at: fixture.url, passphrase: Passphrase(DemoWallet.passphrase), kdfLogN: 10)
            let respaced = ImportDocument(name: "01-respaced.json", bytes: source.original + Data("\n".utf8))
            #expect(wallet.importDocuments([respaced], options: ImportOptions(now: Self.now)).first?.status == .imported)
        }
        let demo = try DemoWallet.openOrCreate(at: fixture.url, now: Self.now)
        #expect(try demo.overviews().count == 15)
    }

    @Test("the demo still opens years from now: no sample that must verify has an expiry date")
    func noTimeBomb() throws {
        let fixture = try CoreFixture()
        let later = Date(timeIntervalSince1970: 2_208_988_800)  // 2040-01-01
        let wallet = try DemoWallet.openOrCreate(at: fixture.url, now: later)
        let statuses = try wallet.overviews().map(\.verificationStatus)
        #expect(statuses.filter { $0 == .verified }.count == 10)
        #expect(statuses.filter { $0 == .failed }.count == 2)
    }
}
