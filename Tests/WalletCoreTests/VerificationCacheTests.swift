import Foundation
import Testing
import WalletCore
import WalletModel

/// The file-backed issuer key cache and status list cache, end to end through `CredentialFileInspector`.
@Suite struct VerificationCacheTests {
    /// The W3C eddsa-jcs-2022 vector (vc-di-eddsa `signedJCS.json`, W3C licence): a did:key signature
    /// on a credential whose issuer is an https URL.
    static let signedVector = #"""
        {"@context":["https://www.w3.org/ns/credentials/v2","https://www.w3.org/ns/credentials/examples/v2"],
         "id":"urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33","type":["VerifiableCredential","AlumniCredential"],
         "name":"Alumni Credential","description":"A minimum viable example of an Alumni Credential.",
         "issuer":"https://vc.example/issuers/5678","validFrom":"2023-01-01T00:00:00Z",
         "credentialSubject":{"id":"did:example:abcdefgh","alumniOf":"The School of Examples"},
         "proof":{"type":"DataIntegrityProof","cryptosuite":"eddsa-jcs-2022","created":"2023-02-24T23:36:38Z",
          "verificationMethod":"did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
          "proofPurpose":"assertionMethod",
          "@context":["https://www.w3.org/ns/credentials/v2","https://www.w3.org/ns/credentials/examples/v2"],
          "proofValue":"z2HnFSSPPBzR36zdDgK8PbEHeXbR56YF24jwMpt3R1eHXQzJDMWS93FCzpvJpwTWd3GAVFuUfjoJdcnTMuVor51aX"}}
        """#

    static let issuerDocument = #"""
        {"id": "https://vc.example/issuers/5678",
         "assertionMethod": [{"id": "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
           "type": "Multikey", "controller": "https://vc.example/issuers/5678",
           "publicKeyMultibase": "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"}]}
        """#

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func status(_ directory: URL) throws -> VerificationReport {
        let result = CredentialFileInspector(dataDirectory: directory).inspect(Data(Self.signedVector.utf8), at: Date())
        return try result.get().verification
    }

    @Test("adding the issuer's document binds the key; --trusted makes trust pass; removing undoes it")
    func issuerCacheRoundTrip() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try status(directory).check(.issuer)?.code == .issuerKeyMismatch)
        let store = IssuerCacheStore(dataDirectory: directory)
        let summary = try store.addDocument(Data(Self.issuerDocument.utf8), source: "did.json", trusted: true)
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
        #expect(throws: CacheError.self) { try store.add(listData: Data(Self.signedVector.utf8)) }
    }

    @Test("the data directory follows XDG_DATA_HOME, else ~/.local/share")
    func dataDirectory() {
        #expect(CacheDirectory.dataDirectory(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/a"]).path == "/x/data/cairn")
        #expect(CacheDirectory.dataDirectory(environment: ["HOME": "/home/a"]).path == "/home/a/.local/share/cairn")
    }
}
