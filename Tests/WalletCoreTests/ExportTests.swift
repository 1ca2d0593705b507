import Foundation
import Testing
import WalletBundle
import WalletCore
import WalletModel

/// `Wallet.exportBundle` / `exportBundleFile` (issue 7): the wallet's holder key signs, the bundle
/// verifies with the same reader `cairn verify-bundle` uses, and the transcript greets a person.
@Suite struct ExportTests {
    func walletWithTwo() throws -> (CoreFixture, Wallet, [CredentialID]) {
        let fixture = try CoreFixture()
        let wallet = try fixture.create()
        let learner = #", "learner": {"name": "Aoife Murphy"}"#
        let files = try [
            fixture.write("a.json", CoreFixture.selfAsserted(title: "Statistics for Data Analysis", extra: learner)),
            fixture.write("b.json", CoreFixture.selfAsserted(title: "Python for Data Science", extra: learner)),
        ]
        let ids = wallet.importFiles(files).compactMap(\.id)
        #expect(ids.count == 2)
        return (fixture, wallet, ids)
    }

    @Test("an exported bundle verifies, is signed by the wallet's holder did:key, and names the learner")
    func roundTrip() throws {
        let (fixture, wallet, ids) = try walletWithTwo()
        defer { withExtendedLifetime(fixture) {} }
        let options = ExportOptions(learnerName: try wallet.holderDID(), challenge: "n-1", domain: "hr.example")
        let data = try wallet.exportBundle(ids, options: options)
        let result = try BundleVerifier.verify(data, options: BundleReadOptions(challenge: "n-1", domain: "hr.example"))
        #expect(result.valid)
        #expect(result.holder == (try wallet.holderDID()))
        #expect(Set(result.credentials.compactMap(\.title)) == ["Statistics for Data Analysis", "Python for Data Science"])
        let transcript = try #require(try BundleVerifier.reader.open(data).files["transcript.html"])
        #expect(String(decoding: transcript, as: UTF8.self).contains("Aoife Murphy"))
        let replay = try BundleVerifier.verify(data, options: BundleReadOptions(challenge: "n-2", domain: "hr.example"))
        #expect(!replay.valid)
    }

    @Test("the share flow writes a new file each time, never overwriting, with the progress text in the transcript")
    func exportFileNeverOverwrites() throws {
        let (fixture, wallet, ids) = try walletWithTwo()
        defer { withExtendedLifetime(fixture) {} }
        let first = try wallet.exportBundleFile(ids, validDays: 7, stackingProgress: "CMF micro-credential: 5 of 4 ECTS", into: fixture.directory)
        let second = try wallet.exportBundleFile(ids, validDays: 7, into: fixture.directory)
        #expect(first != second)
        #expect(first.hasSuffix(".zip") && second.hasSuffix("-2.zip"))
        let data = try Data(contentsOf: URL(fileURLWithPath: first))
        let transcript = try #require(try BundleVerifier.reader.open(data).files["transcript.html"])
        #expect(String(decoding: transcript, as: UTF8.self).contains("CMF micro-credential: 5 of 4 ECTS"))
        let later = Date().addingTimeInterval(8 * 86_400)
        let expired = try BundleVerifier.verify(data, options: BundleReadOptions(at: later))
        #expect(expired.checks.contains { $0.code == .bundleExpired })
    }

    @Test("exporting nothing or an unknown id is an error, not an empty bundle")
    func exportNothing() throws {
        let (fixture, wallet, _) = try walletWithTwo()
        defer { withExtendedLifetime(fixture) {} }
        #expect(throws: WalletError.self) { try wallet.exportBundle([], options: ExportOptions(learnerName: "")) }
        let unknown = CredentialID(bytes: [UInt8](repeating: 7, count: 16))
        #expect(throws: (any Error).self) { try wallet.exportBundle([unknown], options: ExportOptions(learnerName: "")) }
    }
}

/// The list JSON's byte writer and the bundle's dates share one calendar conversion and agree.
@Suite struct DateWritersTests {
    @Test("ISODate (list JSON) and BundleDate (bundles) write the same text")
    func agree() {
        for seconds: TimeInterval in [0, -1.5, 951_782_400, 1_795_000_000.7, -2_208_988_800] {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(ISODate.string(from: date) == BundleDate.format(date), "\(seconds)")
        }
    }
}
