import Foundation
import Testing
import WalletCore
import WalletModel

@Suite struct CredentialJSONTests {
    @Test("list --json objects carry the documented members in order")
    func listShape() throws {
        let fixture = try CoreFixture()
        let wallet = try fixture.create()
        _ = wallet.importDocuments([ImportDocument(name: "a", bytes: Data(CoreFixture.selfAsserted(title: "Stats").utf8))])
        let text = CredentialJSON.list(try wallet.listing().summaries)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        let entry = try #require(array.first)
        for key in ["id", "title", "issuer", "issued", "workload", "ects", "eqf", "format", "verification"] {
            #expect(entry[key] != nil, "missing \(key)")
        }
        #expect(entry["title"] as? String == "Stats")
        #expect((entry["issuer"] as? [String: Any])?["country"] as? String == "IE")
        #expect(entry["issued"] as? String == "2024-06-14T00:00:00Z")
        #expect((entry["workload"] as? [String: Any])?["unit"] as? String == "ECTS")
        #expect(entry["ects"] as? Double == 5)
        #expect(entry["eqf"] as? Double == 6)
        #expect(entry["format"] as? String == "self-asserted")
        #expect((entry["verification"] as? [String: Any])?["status"] as? String == "self-asserted")
        let idIndex = try #require(text.range(of: "\"id\""))
        let titleIndex = try #require(text.range(of: "\"title\""))
        #expect(idIndex.lowerBound < titleIndex.lowerBound)
    }

    @Test("import --json objects have file, status, id, format, verification and error (null when absent)")
    func importShape() throws {
        let outcome = ImportOutcome(file: "x.json", status: .rejected, error: "bad", problem: .unreadable)
        let text = CredentialJSON.imports([outcome])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(Set(array[0].keys) == ["file", "status", "id", "format", "verification", "error"])
        #expect(array[0]["id"] is NSNull)
        let encoded = try JSONEncoder().encode(outcome)
        let viaCodable = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect(Set(viaCodable.keys) == Set(array[0].keys))
    }
}

@Suite struct ListJSONWriterTests {
    @Test("the fast list writer produces exactly the JSONValue rendering, escapes included")
    func sameAsTreeWriter() throws {
        let fixture = try CoreFixture()
        let wallet = try fixture.create()
        let tricky = CoreFixture.selfAsserted(title: "Quote \\\" back\\\\slash \\n tab\\t ctl\\u0001 é 中")
        _ = wallet.importDocuments([
            ImportDocument(name: "a", bytes: Data(tricky.utf8)),
            ImportDocument(name: "b", bytes: Data("{\"type\": \"CairnSelfAssertedCredential\", \"version\": 1, \"title\": \"Plain\"}".utf8)),
        ])
        let summaries = try wallet.listing().summaries
        #expect(summaries.count == 2)
        #expect(CredentialJSON.list(summaries) == CredentialJSON.listViaTree(summaries))
        #expect(CredentialJSON.list([]) == CredentialJSON.listViaTree([]))
    }
}

@Suite struct ChunkedListTests {
    @Test("large wallets are scanned and rendered in parallel chunks without changing order or bytes")
    func chunked() throws {
        let fixture = try CoreFixture()
        let wallet = try fixture.create()
        let documents = (0..<1_100).map { ImportDocument(name: "d\($0)", bytes: Data(CoreFixture.selfAsserted(title: "T\($0)").utf8)) }
        #expect(wallet.importDocuments(documents, options: ImportOptions(batchSize: 500)).allSatisfy { $0.status == .imported })
        let listing = try wallet.listing()
        #expect(listing.summaries.count == 1_100 && listing.damaged.isEmpty)
        let titles: [String] = listing.summaries.map { $0.overview.title ?? "" }
        #expect(titles == titles.sorted())
        #expect(CredentialJSON.list(listing.summaries) == CredentialJSON.listViaTree(listing.summaries))
    }
}
