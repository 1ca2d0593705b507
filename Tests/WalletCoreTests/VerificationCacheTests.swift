import Foundation
import Testing
import WalletCore
import WalletModel
import WalletTestSupport

/// The file-backed issuer key cache and status list cache, end to end through `CredentialFileInspector`.
@Suite struct VerificationCacheTests {
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func status(_ directory: URL) throws -> VerificationReport {
        let result = CredentialFileInspector(dataDirectory: directory).inspect(Data(W3CVectors.signedJCS.utf8), at: Date())
        return try result.get().verification
    }

    @Test("adding the issuer's document binds the key; --trusted makes trust pass; removing undoes it")
    func issuerCacheRoundTrip() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try status(directory).check(.issuer)?.code == .issuerKeyMismatch)
        let store = IssuerCacheStore(dataDirectory: directory)
        let summary = try store.addDocument(Data(W3CVectors.signedJCSIssuerDocument.utf8), source: "did.json", trusted: true)
        #expect(summary.keys.count == 1)
        let report = try status(directory)
        #expect(report.status == .verified)
        #expect(report.check(.trust)?.result == .pass)
        #expect(store.summaries().map(\.id) == ["https://vc.example/issuers/5678"])
        #expect(store.remove(id: "https://vc.example/issuers/5678"))
        #expect(try status(directory).status == .failed)
    }

    @Test("a key added by URL with a private JWK is refused")
    func privateKeyRefused() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let jwk = #"{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"}"#
        #expect(throws: CacheError.self) {
            try IssuerCacheStore(dataDirectory: directory).addKey(url: "https://example.edu/keys#1", keyData: Data(jwk.utf8), source: "key.jwk", trusted: false)
        }
        #expect(IssuerCacheStore(dataDirectory: directory).summaries().isEmpty)
    }

    @Test("status add accepts a status list credential and rejects other JSON")
    func statusAdd() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = StatusListStore(dataDirectory: directory)
        let list = #"{"id": "https://example.edu/status/1", "type": ["VerifiableCredential", "BitstringStatusListCredential"], "credentialSubject": {"encodedList": "uH4sI"}}"#
        #expect(try store.add(listData: Data(list.utf8)) == "https://example.edu/status/1")
        #expect(store.ids() == ["https://example.edu/status/1"])
        #expect(throws: CacheError.self) { try store.add(listData: Data(W3CVectors.signedJCS.utf8)) }
    }

    @Test("the data directory follows XDG_DATA_HOME, else ~/.local/share")
    func dataDirectory() {
        #expect(CacheDirectory.dataDirectory(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/a"]).path == "/x/data/cairn")
        #expect(CacheDirectory.dataDirectory(environment: ["HOME": "/home/a"]).path == "/home/a/.local/share/cairn")
    }
}
