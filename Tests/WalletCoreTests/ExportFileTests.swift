import Foundation
import Testing
import WalletCore
import WalletModel

/// The TUI share flow's file export (`Wallet.exportBundleFile`) and `NewFile`.
@Suite struct ExportFileTests {
    /// A minimal unsigned Open Badges 3.0 credential: JSON-LD, so it fits a bare presentation.
    static let openBadge = """
        {"@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
         "type": ["VerifiableCredential", "OpenBadgeCredential"], "id": "urn:uuid:5a3f0c7e-0000-4000-8000-000000000001",
         "issuer": {"id": "https://zed.example", "type": ["Profile"], "name": "University of Zed"},
         "validFrom": "2024-01-01T00:00:00Z", "name": "Sourdough",
         "credentialSubject": {"type": ["AchievementSubject"], "achievement": {"id": "https://zed.example/a/1",
           "type": ["Achievement"], "name": "Sourdough", "description": "Bakes bread.",
           "criteria": {"narrative": "Baked."}}}}
        """

    /// A wallet with one self-asserted and one Open Badges 3.0 credential, and their ids.
    func wallet(_ fixture: CoreFixture) throws -> (Wallet, selfAsserted: CredentialID, badge: CredentialID) {
        let wallet = try fixture.create()
        let files = [
            try fixture.write("in/a.json", CoreFixture.selfAsserted(title: "Bread Baking")),
            try fixture.write("in/b.json", Self.openBadge),
        ]
        let ids = try wallet.importFiles(files).map { try #require($0.id) }
        return (wallet, ids[0], ids[1])
    }

    func exportDirectory(_ fixture: CoreFixture) throws -> URL {
        let directory = fixture.directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test("a second export on the same day gets -2 and leaves the first file alone; both are 0600")
    func neverOverwrites() throws {
        let fixture = try CoreFixture()
        let (wallet, selfAsserted, _) = try wallet(fixture)
        let directory = try exportDirectory(fixture)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let first = try wallet.exportBundleFile([selfAsserted], validDays: 7, into: directory, now: now)
        let firstBytes = try Data(contentsOf: URL(fileURLWithPath: first))
        let second = try wallet.exportBundleFile([selfAsserted], validDays: 7, into: directory, now: now)
        #expect(first.hasSuffix("/cairn-bundle-2027-01-15.zip"))
        #expect(second.hasSuffix("/cairn-bundle-2027-01-15-2.zip"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == firstBytes)
        for path in [first, second] {
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
    }

    @Test("without originals the file is the bare signed presentation (.json)")
    func presentationOnly() throws {
        let fixture = try CoreFixture()
        let (wallet, _, badge) = try wallet(fixture)
        let path = try wallet.exportBundleFile([badge], validDays: 7, presentationOnly: true, into: try exportDirectory(fixture))
        #expect(path.hasSuffix(".json"))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("\"VerifiablePresentation\""))
        #expect(text.contains("\"Sourdough\""))
    }

    @Test("without originals a credential lacking an envelope is refused by title, and nothing is written")
    func presentationOnlyRefusal() throws {
        let fixture = try CoreFixture()
        let (wallet, selfAsserted, badge) = try wallet(fixture)
        let directory = try exportDirectory(fixture)
        #expect {
            try wallet.exportBundleFile([badge, selfAsserted], validDays: 7, presentationOnly: true, into: directory)
        } throws: { error in
            "\(error)".hasPrefix("Bread Baking (") && "\(error)".hasSuffix("include the originals")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test("NewFile creates a 0600 file once, then reports the path as taken without touching it")
    func newFile() throws {
        let fixture = try CoreFixture()
        let path = fixture.directory.appendingPathComponent("x.bin").path
        #expect(try NewFile.write(Data("one".utf8), to: path))
        #expect(try !NewFile.write(Data("two".utf8), to: path))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "one")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        #expect {
            try NewFile.write(Data(), to: fixture.directory.appendingPathComponent("missing/x.bin").path)
        } throws: { error in
            "\(error)".hasSuffix("missing/x.bin: No such file or directory")
        }
    }

    @Test("the transcript's learner is the name the credentials state, most frequent first, else not stated")
    func learnerName() {
        func credential(_ name: String?) -> Credential {
            Credential(
                id: CredentialID(bytes: [UInt8](repeating: 1, count: 16)), format: .selfAsserted,
                record: CredentialRecord(learner: name.map { Learner(name: $0) }, title: "T"),
                verification: VerificationReport(status: .selfAsserted, checks: [], checkedAt: Date()),
                original: Data(), importedAt: Date())
        }
        #expect(Wallet.learnerName(of: [credential("Aoife Murphy"), credential(nil)]) == "Aoife Murphy")
        #expect(Wallet.learnerName(of: [credential("A. Murphy"), credential("Aoife Murphy"), credential("Aoife Murphy")])
            == "Aoife Murphy / A. Murphy")
        #expect(Wallet.learnerName(of: [credential(nil), credential("  ")]) == "not stated")
    }
}
