import Foundation
import Testing
import WalletJSON
@testable import WalletLinkedData

/// The W3C JSON-LD 1.1 API toRdf suite, read from its manifest at run time.
@Suite struct ToRDFSuiteTests {
    static let base = "https://w3c.github.io/json-ld-api/tests/"

    /// Serves the suite's own context files by mapping the test base URL onto the fixture folder.
    struct SuiteLoader: ContextLoader {
        func loadContext(_ url: String) throws(JSONLDError) -> JSONValue {
            let trimmed = url.split(separator: "#", maxSplits: 1).first.map(String.init) ?? url
            guard trimmed.hasPrefix(ToRDFSuiteTests.base),
                let value = try? FixtureLoader.json("json-ld-toRdf/" + trimmed.dropFirst(ToRDFSuiteTests.base.count))
            else { throw JSONLDError(.loadingRemoteContextFailed, url) }
            return value
        }
    }

    struct Entry: Sendable {
        let id: String
        let positive: Bool
        let syntax: Bool
        let input: String
        let expect: String?
        let errorCode: String?
        let option: JSONObject
    }

    static let entries: [Entry] = {
        guard let manifest = try? FixtureLoader.json("json-ld-toRdf/toRdf-manifest.jsonld") else { return [] }
        return (manifest["sequence"]?.asList ?? []).compactMap { item in
            guard let id = item["@id"]?.stringValue, let input = item["input"]?.stringValue else { return nil }
            let types = item["@type"]?.asList.compactMap(\.stringValue) ?? []
            return Entry(
                id: id, positive: types.contains("jld:PositiveEvaluationTest"),
                syntax: types.contains("jld:PositiveSyntaxTest"), input: input,
                expect: item["expect"]?.stringValue, errorCode: item["expectErrorCode"]?.stringValue,
                option: item["option"]?.objectValue ?? JSONObject())
        }
    }()

    static let processor = JSONLDProcessor(loader: SuiteLoader())

    /// Runs one entry: nil = passed, otherwise why not.
    static func run(_ entry: Entry) -> String? {
        do {
            let document = try FixtureLoader.json("json-ld-toRdf/" + entry.input)
            var options = JSONLDOptions(base: entry.option["base"]?.stringValue ?? base + entry.input, safeMode: false)
            options.jsonLD10 = entry.option["processingMode"]?.stringValue == "json-ld-1.0"
            options.i18nDirection = entry.option["rdfDirection"]?.stringValue == "i18n-datatype"
            if let expandContext = entry.option["expandContext"]?.stringValue {
                options.expandContext = try FixtureLoader.json("json-ld-toRdf/" + expandContext)
            }
            let dataset = try processor.toRDF(document, options: options)
            if entry.syntax { return nil }
            guard entry.positive, let expect = entry.expect else {
                return "expected error \(entry.errorCode ?? "?") but succeeded"
            }
            let expected = try NQuadsParser.parse(try FixtureLoader.text("json-ld-toRdf/" + expect))
            let canonicalizer = RDFCanonicalizer()
            let actual = try canonicalizer.canonicalNQuads(dataset.quads)
            let wanted = try canonicalizer.canonicalNQuads(expected)
            return actual == wanted ? nil : "got\n\(actual)\nwanted\n\(wanted)"
        } catch let error as JSONLDError {
            if !entry.positive, error.code.rawValue == entry.errorCode { return nil }
            return "error \(error)"
        } catch {
            return "error \(error)"
        }
    }

    static func isJSONLD10Only(_ entry: Entry) -> Bool {
        entry.option["specVersion"]?.stringValue == "json-ld-1.0"
    }

    @Test("at least 90% of all positive toRdf tests pass and every failure is a listed skip")
    func positiveTests() {
        let positives = Self.entries.filter(\.positive)
        #expect(positives.count > 300)
        var passed = 0
        var unexpected: [String] = []
        for entry in positives {
            guard let failure = Self.run(entry) else {
                passed += 1
                continue
            }
            if Self.isJSONLD10Only(entry) || ToRDFSkipList.positive[entry.id] != nil { continue }
            unexpected.append("\(entry.id): \(failure.prefix(600))")
        }
        let ratio = Double(passed) / Double(positives.count)
        #expect(ratio >= 0.9, "passed \(passed) of \(positives.count)")
        #expect(unexpected.isEmpty, "\(unexpected.count) unexpected failures:\n\(unexpected.joined(separator: "\n"))")
    }

    @Test("negative tests for protected terms, invalid IRIs and invalid types raise the spec's error")
    func requiredNegativeTests() {
        let required: Set<String> = [
            "protected term redefinition", "invalid IRI mapping", "invalid type mapping", "invalid type value",
            "invalid typed value", "invalid vocab mapping", "invalid base IRI", "invalid context nullification",
        ]
        let negatives = Self.entries.filter { !$0.positive && required.contains($0.errorCode ?? "") }
        #expect(negatives.count >= 20)
        var failures: [String] = []
        for entry in negatives where !Self.isJSONLD10Only(entry) && ToRDFSkipList.negative[entry.id] == nil {
            if let failure = Self.run(entry) { failures.append("\(entry.id) (\(entry.errorCode ?? "")): \(failure.prefix(300))") }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test("every other negative test raises its error and every syntax test is accepted")
    func otherNegativeAndSyntaxTests() {
        let others = Self.entries.filter { !$0.positive && !Self.isJSONLD10Only($0) }
        #expect(others.count > 100)
        let failures = others.filter { Self.run($0) != nil && ToRDFSkipList.negative[$0.id] == nil }.map(\.id)
        #expect(failures.isEmpty, "\(failures)")
    }
}
