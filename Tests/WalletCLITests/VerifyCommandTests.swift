import Foundation
import Testing
import WalletTestSupport

/// `cairn verify` end to end: import with the key cache, time-travel with --at, list shows the stored verdict.
@Suite struct VerifyCommandTests {
    @Test("import uses the issuer cache; verify --at before validFrom fails (exit 1) as a what-if the wallet does not store")
    func verifyRoundTrip() throws {
        let cairn = try CairnRunner()
        #expect(try cairn.run("init", "--kdf-log-n", "10").status == 0)
        let document = try cairn.write("issuer.json", W3CVectors.signedJCSIssuerDocument)
        #expect(try cairn.run("issuers", "add", document.path).status == 0)
        let file = try cairn.write("alumni.json", W3CVectors.signedJCS)
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
