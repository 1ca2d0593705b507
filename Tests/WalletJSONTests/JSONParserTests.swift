import Testing
import WalletJSON

@Suite struct JSONParserTests {
    let parser = JSONParser()

    @Test("keeps member order and the exact spelling of numbers")
    func orderAndNumbers() throws {
        let value = try parser.parse(#"{"b": 1.50, "a": [1e2, -0, true, null], "c": "\u00e9\ud83d\ude00"}"#)
        let object = try #require(value.objectValue)
        #expect(object.keys == ["b", "a", "c"])
        #expect(value["c"]?.stringValue == "é😀")
        #expect(JSONWriter().string(value) == #"{"b":1.50,"a":[1e2,-0,true,null],"c":"é😀"}"#)
    }

    @Test("rejects what signed documents must not contain", arguments: [
        #"{"a":1,"a":2}"#, "[NaN]", "[Infinity]", "[01]", "[1.]", "[.5]", #"["\ud800"]"#, #"["\udc00x"]"#,
        "[1,]", #"{"a":1"#, "[\"tab\there\"]", "{} x", "",
    ])
    func rejects(_ text: String) {
        #expect(throws: JSONParseError.self) { try parser.parse(text) }
    }

    @Test("stops deep nesting at the limit instead of recursing")
    func depthLimit() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParseError(.tooDeep(limit: 128), at: 128)) { try parser.parse(deep) }
        let fine = String(repeating: "[", count: 128) + String(repeating: "]", count: 128)
        #expect((try? parser.parse(fine)) != nil)
    }

    @Test("rejects invalid UTF-8")
    func invalidUTF8() {
        #expect(throws: JSONParseError(.notUTF8, at: 0)) { try parser.parse([0x22, 0xC3, 0x28, 0x22]) }
    }

    @Test("pretty printing indents and round-trips")
    func pretty() throws {
        let value = try parser.parse(#"{"a":[1,{"b":"x"}],"e":{}}"#)
        let text = JSONWriter(indent: 2).string(value)
        #expect(text == "{\n  \"a\": [\n    1,\n    {\n      \"b\": \"x\"\n    }\n  ],\n  \"e\": {}\n}")
        #expect(try parser.parse(text) == value)
    }
}
