import Testing
import WalletJSON
@testable import WalletLinkedData

/// Number and `@json` literal forms, which signatures depend on byte for byte.
@Suite struct LiteralFormTests {
    @Test("doubles use the reference processors' canonical form", arguments: [
        (1.1, "1.1E0"), (0.1, "1.0E-1"), (2.5, "2.5E0"), (100.5, "1.005E2"), (1e21, "1.0E21"), (-0.5, "-5.0E-1"),
        (123456789.12345678, "1.234567891234568E8"),
    ])
    func canonicalDouble(_ value: Double, _ expected: String) {
        #expect(LiteralForms.canonicalDouble(value) == expected)
    }

    @Test("integral numbers become xsd:integer, even when written 2.0")
    func integers() throws {
        let processor = JSONLDProcessor(loader: ContextStore.bundled)
        let document = try JSONParser().parse(#"{"@id": "urn:x", "http://e/n": [2.0, 2.5, true, 1e21]}"#)
        let lines = Set(try processor.toRDF(document).quads.map(NQuadsSerializer.line))
        #expect(lines.contains("<urn:x> <http://e/n> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"))
        #expect(lines.contains("<urn:x> <http://e/n> \"2.5E0\"^^<http://www.w3.org/2001/XMLSchema#double> .\n"))
        #expect(lines.contains("<urn:x> <http://e/n> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean> .\n"))
        #expect(lines.contains("<urn:x> <http://e/n> \"1.0E21\"^^<http://www.w3.org/2001/XMLSchema#double> .\n"))
    }

    @Test("@json literals use JCS: sorted keys, ECMAScript numbers, minimal escapes")
    func jsonLiteral() throws {
        let value = try JSONParser().parse(#"{"b": [1.0, 1e-7, "\u000f/"], "a": {"é": null, "z": true}}"#)
        #expect(try JCS.canonicalString(value) == #"{"a":{"z":true,"é":null},"b":[1,1e-7,"\u000f/"]}"#)
    }

    @Test("ECMAScript number layout", arguments: [
        (1e20, "100000000000000000000"), (1e21, "1e+21"), (0.000001, "0.000001"), (1e-7, "1e-7"),
        (333333333.3333333, "333333333.3333333"), (-0.0, "0"), (5e-324, "5e-324"),
    ])
    func ecmaScript(_ value: Double, _ expected: String) {
        #expect(ECMAScriptNumber.string(value) == expected)
    }
}
