import Foundation
import Testing
import WalletJSON
@testable import WalletLinkedData

/// The offline, hash-pinned context store and the processed-context cache.
@Suite struct ContextStoreTests {
    static func userStore(_ files: [(url: String, name: String, body: String, sha256: String?)]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-ctx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var index: [JSONValue] = []
        for file in files {
            try Data(file.body.utf8).write(to: directory.appendingPathComponent(file.name))
            var entry = JSONObject([("url", .string(file.url)), ("file", .string(file.name))])
            if let pin = file.sha256 { entry["sha256"] = .string(pin) }
            index.append(.object(entry))
        }
        try Data(JSONWriter().string(.array(index)).utf8).write(to: directory.appendingPathComponent("index.json"))
        return directory
    }

    @Test("every bundled context loads and matches its SHA-256 pin")
    func bundledPins() throws {
        let store = try ContextStore()
        #expect(store.urls.count >= 28)
        for url in store.urls {
            #expect(try store.loadContext(url)["@context"] != nil, "\(url)")
        }
        #expect(store.urls.contains("https://www.w3.org/ns/credentials/v2"))
        #expect(store.variants(for: "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json") == ["ob-spec-2024-03"])
    }

    /// Bundled contexts that cannot be processed offline, and why (upstream facts, not cairn bugs).
    static let knownUnprocessable: [String: JSONLDError.Code] = [
        // imports https://www.w3.org/ns/odrl.jsonld, which is not in the vector bundle
        "https://www.w3.org/2018/credentials/examples/v1": .unknownContext,
        // imports https://w3id.org/openbadges/legacy-v1 (OB 1.x, hosted badges only)
        "https://w3id.org/openbadges/v1": .unknownContext,
    ]

    /// With the alternative variants: the EDCI software copy of edc-ap has the invalid type mapping
    /// `"@type": "@http://www.w3.org/2001/XMLSchema#duration"` (`maximumDuration`), so it cannot be used.
    static let knownUnprocessableVariants = knownUnprocessable.merging(
        ["http://data.europa.eu/snb/model/context/edc-ap": .invalidTypeMapping]) { $1 }

    @Test("every bundled context (and every variant) processes, except the documented ones")
    func bundledContextsProcess() throws {
        let variants: Set<String> = ["ob-spec-2024-03", "w3c-copy", "edci-software"]
        let cases = [
            (try ContextStore(), Self.knownUnprocessable),
            (try ContextStore(preferredVariants: variants), Self.knownUnprocessableVariants),
        ]
        for (store, known) in cases {
            let processor = JSONLDProcessor(loader: store)
            for url in store.urls {
                let document = JSONValue.object(JSONObject([("@context", .string(url)), ("@id", .string("urn:x"))]))
                do {
                    _ = try processor.expand(document)
                    #expect(known[url] == nil, "\(url) unexpectedly processes")
                } catch {
                    #expect(known[url] == error.code, "\(url): \(error)")
                }
            }
        }
    }

    @Test("a URL with a trailing # is served as the URL without it; unknown URLs are named")
    func lookup() throws {
        let store = try ContextStore()
        #expect(try store.loadContext("https://www.w3.org/ns/credentials/v2#") == store.loadContext("https://www.w3.org/ns/credentials/v2"))
        #expect(throws: JSONLDError(.unknownContext, "https://example.org/nope")) {
            try store.loadContext("https://example.org/nope")
        }
    }

    @Test("a user store adds contexts, and a wrong pin is refused")
    func userContexts() throws {
        let body = #"{"@context": {"shoeSize": "https://example.org/vocab#shoeSize"}}"#
        let good = try Self.userStore([("https://example.org/shoes/v1", "shoes.jsonld", body, nil)])
        let store = try ContextStore(additionalDirectories: [good])
        let processor = JSONLDProcessor(loader: store)
        let document = try JSONParser().parse(#"{"@context": "https://example.org/shoes/v1", "@id": "urn:x", "shoeSize": 44}"#)
        let quads = try processor.toRDF(document).quads
        #expect(quads.count == 1)
        let bad = try Self.userStore([("https://example.org/shoes/v1", "shoes.jsonld", body, String(repeating: "0", count: 64))])
        let pinned = try ContextStore(additionalDirectories: [bad])
        #expect(throws: JSONLDError.self) { try pinned.loadContext("https://example.org/shoes/v1") }
        #expect((try? pinned.loadContext("https://example.org/shoes/v1")) == nil)
    }

    @Test("errors map to the verifier's categories")
    func categories() {
        #expect(JSONLDError(.unknownContext, "u").category == .unknownContext)
        #expect(JSONLDError(.safeModeViolation, "t").category == .undefinedTerms)
        #expect(JSONLDError(.protectedTermRedefinition, "t").category == .invalidJSONLD)
    }

    @Test("the processed-context cache is shared safely across threads")
    func concurrentUse() async throws {
        let signed = try FixtureLoader.object("ob3-spec/ob-signed.json")
        var document = signed
        let proof = try #require(document["proof"]?.objectValue)
        document["proof"] = nil
        let hasher = RDFCSuiteHasher(suite: .eddsaRdfc2022, processor: JSONLDProcessor(loader: try ContextStore()))
        let expected = try hasher.hash(document: document, proof: proof)
        let frozenDocument = document
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask { (try? hasher.hash(document: frozenDocument, proof: proof)) == expected }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results == Array(repeating: true, count: 8))
    }
}
