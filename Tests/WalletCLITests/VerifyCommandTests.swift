import Foundation
import Testing

/// `cairn verify` end to end: import with the key cache, time-travel with --at, list shows the stored verdict.
@Suite struct VerifyCommandTests {
    /// The W3C eddsa-jcs-2022 vector (vc-di-eddsa `signedJCS.json`, W3C licence): did:key key, https issuer.
    static let vector = #"""
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

    static let issuer = #"""
        {"id": "https://vc.example/issuers/5678",
         "assertionMethod": [{"id": "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
           "type": "Multikey", "controller": "https://vc.example/issuers/5678",
           "publicKeyMultibase": "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"}]}
        """#

    @Test("import uses the issuer cache; verify --at before validFrom fails (exit 1) as a what-if the wallet does not store")
    func verifyRoundTrip() throws {
        let cairn = try CairnRunner()
        #expect(try cairn.run("init", "--kdf-log-n", "10").status == 0)
        let document = try cairn.write("issuer.json", Self.issuer)
        #expect(try cairn.run("issuers", "add", document.path).status == 0)
        let file = try cairn.write("alumni.json", Self.vector)
        let imported = try cairn.run("import", file.path)
        #expect(imported.status == 0)
        #expect(imported.stdout.contains("verified"))

        let now = try cairn.run("verify")
        #expect(now.status == 0)
        #expect(now.stdout.hasPrefix("verified"))

        let past = try cairn.run("verify", "--json", "--at", "2022-06-01")
        #expect(past.status == 1)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(past.stdout.utf8)) as? [[String: Any]])
        let verification = try #require(entries.first?["verification"] as? [String: Any])
        #expect(verification["status"] as? String == "failed")
        let checks = verification["checks"] as? [[String: Any]] ?? []
        #expect(checks.contains { $0["code"] as? String == "not-yet-valid" })

        let list = try cairn.run("list", "--json")
        #expect(!list.stdout.contains("\"failed\""), "a verdict at another moment does not replace today's")
        #expect(list.stdout.contains("\"verified\""))
        let id = try #require(entries.first?["id"] as? String)
        #expect(try cairn.run("verify", String(id.prefix(6))).status == 0)
        #expect(try cairn.run("verify", "ffffffffffff").status != 0)
    }
}
