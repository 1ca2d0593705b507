import Foundation
import Testing
import WalletJSON

/// RFC 8785 conformance: the six reference documents, Appendix B and the 100,000-line number corpus.
@Suite struct JCSTests {
    static let documents = ["arrays", "french", "structures", "unicode", "values", "weird"]

    static func fixture(_ path: String) throws -> Data {
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/jcs/" + path)
        return try Data(contentsOf: url)
    }

    @Test("canonicalises each reference document byte for byte", arguments: documents)
    func referenceDocument(_ name: String) throws {
        let input = try Self.fixture("input/\(name).json")
        let expected = try Self.fixture("output/\(name).json")
        let hex = try Self.fixture("outhex/\(name).txt")
        let canonical = try JCS.canonicalize(json: Array(input))
        #expect(canonical == Array(expected))
        let expectedHex = String(decoding: hex, as: UTF8.self).split(whereSeparator: \.isWhitespace).joined()
        #expect(canonical.map { String(format: "%02x", $0) }.joined() == expectedHex.lowercased())
    }

    @Test("formats every RFC 8785 Appendix B number and rejects NaN and Infinity")
    func appendixB() throws {
        let table = try JSONParser().parse(Array(Self.fixture("rfc8785-appendixB-numbers.json")))
        let rows = try #require(table.arrayValue)
        #expect(rows.count == 26)
        for row in rows {
            let hex = try #require(row["ieee754"]?.stringValue)
            let bits = try #require(UInt64(hex, radix: 16))
            let value = Double(bitPattern: bits)
            if row["error"]?.boolValue == true {
                #expect(ECMAScriptNumber.string(value) == nil)
                #expect(throws: JCSError.nonFiniteNumber) { try JCS.canonicalize(.number(JSONNumber(value))) }
            } else {
                #expect(ECMAScriptNumber.string(value) == row["expected"]?.stringValue, "\(row)")
            }
        }
    }

    @Test("formats all 100,000 lines of the es6 number corpus")
    func numberCorpus() throws {
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/jcs/es6testfile-100k.txt.gz")
        let text = try Self.gunzip(url)
        var checked = 0
        var failures: [String] = []
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: ",", maxSplits: 1)
            guard parts.count == 2, let bits = UInt64(parts[0], radix: 16) else {
                failures.append("unreadable line \(line)")
                continue
            }
            let got = ECMAScriptNumber.string(Double(bitPattern: bits))
            if got != String(parts[1]), failures.count < 10 { failures.append("\(line) → \(got ?? "nil")") }
            checked += 1
        }
        #expect(checked == 100_000)
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test("sorts keys by UTF-16 code units, not by Swift string order")
    func keyOrder() throws {
        let value = try JSONParser().parse(#"{"\ufb33":1,"\ud83d\ude02":2,"\u20ac":3,"a":4,"A\u030a":5,"\u00c5":6}"#)
        let text = try JCS.canonicalString(value)
        #expect(text == "{\"A\u{30A}\":5,\"a\":4,\"\u{C5}\":6,\"€\":3,\"😂\":2,\"\u{FB33}\":1}")
    }

    @Test("escapes only what RFC 8785 requires")
    func escapes() throws {
        let value = JSONValue.string("/\u{7F}\u{2028}\"\\\u{08}\u{0F}\u{1F}é")
        #expect(try JCS.canonicalString(value) == "\"/\u{7F}\u{2028}\\\"\\\\\\b\\u000f\\u001fé\"")
    }

    @Test("rejects duplicate keys in the input")
    func duplicateKeys() {
        #expect(throws: JCSError.self) { try JCS.canonicalize(json: Array(#"{"a":1,"a":1}"#.utf8)) }
    }

    @Test("large objects (hash-indexed) keep order, find, replace and remove members, and reject duplicates")
    func largeObjects() throws {
        let members = (0..<40).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        var object = try #require(try JSONParser().parse("{\(members)}").objectValue)
        #expect(object.count == 40)
        #expect(object["k39"]?.doubleValue == 39)
        object["k3"] = nil
        object["k39"] = .string("x")
        #expect(object.count == 39)
        #expect(object["k3"] == nil)
        #expect(object["k39"]?.stringValue == "x")
        #expect(object.keys.first == "k0" && object.keys.last == "k39")
        #expect(throws: JSONParseError.self) { try JSONParser().parse("{\(members),\"k7\":1}") }
    }

    /// Decompresses with the system `gzip` (present on every Debian/macOS host) so the fixture stays 2 MB.
    static func gunzip(_ url: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: FileManager.default.fileExists(atPath: "/bin/gzip") ? "/bin/gzip" : "/usr/bin/gzip")
        process.arguments = ["-dc", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
