import Foundation
import Testing
import WalletJSON
@testable import WalletLinkedData

/// The W3C RDF Dataset Canonicalization (RDFC-1.0) test suite: all 86 manifest entries.
@Suite struct RDFCanonTests {
    struct Entry: CustomStringConvertible, Sendable {
        let id: String
        let type: String
        let action: String
        let result: String?
        let hash: RDFCHashAlgorithm
        var description: String { id }
    }

    static let entries: [Entry] = {
        guard let manifest = try? FixtureLoader.json("rdf-canon/manifest.jsonld") else { return [] }
        return (manifest["entries"]?.asList ?? []).compactMap { entry in
            guard let id = entry["id"]?.stringValue, let type = entry["type"]?.stringValue,
                let action = entry["action"]?.stringValue
            else { return nil }
            let hash = RDFCHashAlgorithm(rawValue: entry["hashAlgorithm"]?.stringValue ?? "SHA256") ?? .sha256
            return Entry(id: id, type: type, action: action, result: entry["result"]?.stringValue, hash: hash)
        }
    }()

    @Test("the manifest lists all 86 tests: 64 eval, 21 map, 1 negative")
    func manifestIsComplete() {
        #expect(Self.entries.count == 86)
        #expect(Self.entries.filter { $0.type == "rdfc:RDFC10EvalTest" }.count == 64)
        #expect(Self.entries.filter { $0.type == "rdfc:RDFC10MapTest" }.count == 21)
        #expect(Self.entries.filter { $0.type == "rdfc:RDFC10NegativeEvalTest" }.count == 1)
    }

    @Test("each rdf-canon entry gives the expected output", arguments: entries)
    func entry(_ entry: Entry) throws {
        let quads = try NQuadsParser.parse(try FixtureLoader.text("rdf-canon/" + entry.action))
        let canonicalizer = RDFCanonicalizer(hashAlgorithm: entry.hash)
        switch entry.type {
        case "rdfc:RDFC10EvalTest":
            let expected = try FixtureLoader.text("rdf-canon/" + (entry.result ?? ""))
            #expect(try canonicalizer.canonicalNQuads(quads) == expected)
        case "rdfc:RDFC10MapTest":
            let expected = try FixtureLoader.json("rdf-canon/" + (entry.result ?? ""))
            let map = try canonicalizer.canonicalize(quads).issuedIdentifiers
            let expectedMap = (expected.objectValue?.members ?? []).map { ($0.key, $0.value.stringValue ?? "") }
            #expect(map == Dictionary(uniqueKeysWithValues: expectedMap))
        default:
            #expect(throws: RDFCError.self) { try canonicalizer.canonicalize(quads) }
        }
    }

    @Test("the poison clique fails by the work bound quickly, not by running for ever")
    func poisonFailsFast() throws {
        let quads = try NQuadsParser.parse(try FixtureLoader.text("rdf-canon/rdfc10/test074-in.nq"))
        let start = Date()
        #expect(throws: RDFCError.workLimitExceeded(limit: 50_000)) {
            try RDFCanonicalizer().canonicalize(quads)
        }
        #expect(Date().timeIntervalSince(start) < 20)
    }

    @Test("N-Quads escapes control characters the RDFC-1.0 way")
    func escaping() {
        let literal = RDFLiteral("a\u{08}\t\n\u{0C}\r\"\\\u{01}\u{7F}é")
        let line = NQuadsSerializer.line(RDFQuad(.iri("http://s"), .iri("http://p"), .literal(literal)))
        #expect(line == "<http://s> <http://p> \"a\\b\\t\\n\\f\\r\\\"\\\\\\u0001\\u007Fé\" .\n")
    }
}
