import Testing
@testable import WalletStacking

/// ISCED-F subject matching: the cached forms must give exactly the verdicts of matching the
/// texts directly, and the rules of stacking.md § 3.2 (prefixes, code prefixes, labels).
@Suite struct SubjectCodeTests {
    static let texts = [
        "isced-f:0613", "0613", " 0613 Software development ", "ISCED-F:0613", "iscedf:061", "isced:06", "06", "0",
        "0688", "isced-f:0542", "Data science", "data science", "isced-f:", "", "  ", "\t0613", "٠٦١٣", "06\u{00A0}13",
        "0613x", "61", "isced-f:isced:0613", "Ä-labels 0613",
    ]

    @Test("written rules: prefixes and case are ignored, a code prefix covers its narrower codes, labels match whole")
    func rules() {
        #expect(SubjectCode.matches("isced-f:0613", any: ["0613"]))
        #expect(SubjectCode.matches("0613 Software development", any: ["isced-f:061"]))
        #expect(SubjectCode.matches("isced-f:0613", any: ["06"]))
        #expect(!SubjectCode.matches("isced-f:0613", any: ["0614"]))
        #expect(!SubjectCode.matches("isced-f:0613", any: ["061x"]))
        #expect(SubjectCode.matches("Data Science", any: ["data science"]))
        #expect(!SubjectCode.matches("Data Science", any: ["data"]))
        #expect(SubjectCode.broadMatches("isced-f:0613", any: ["06"]))
        #expect(!SubjectCode.broadMatches("isced-f:0613", any: ["05"]))
        #expect(!SubjectCode.broadMatches("Data science", any: ["06"]))
    }

    /// A pathway file with such a code is rejected by the linter (LinterTests); a credential's
    /// subject can still be one, and must not stop a `stack`.
    @Test("a bare prefix normalises to nothing (it used to trap on the ASCII path)", arguments: ["isced-f:", " ISCED: ", "iscedf:", "isced-f:isced:"])
    func barePrefix(text: String) {
        #expect(SubjectCode.normalised(text) == "")
        #expect(!SubjectCode.matches(text, any: ["isced-f:0613"]))
        #expect(!SubjectCode.broadMatches(text, any: ["06"]))
    }

    @Test("with the run's cache, every pair of texts gets the verdict it gets without one")
    func cacheAgrees() {
        let cache = SubjectCache()
        for subject in Self.texts {
            for code in Self.texts {
                for codes in [[code], [code, "0613"], ["nothing", code]] {
                    #expect(SubjectCode.matches(subject, any: codes, cache: cache) == SubjectCode.matches(subject, any: codes), "\(subject) vs \(codes)")
                    #expect(SubjectCode.broadMatches(subject, any: codes, cache: cache) == SubjectCode.broadMatches(subject, any: codes), "\(subject) vs \(codes)")
                    #expect(SubjectCode.matches(subject, any: codes) == Self.reference(subject, codes), "\(subject) vs \(codes)")
                }
            }
        }
    }

    /// The matching rule as first written, over Characters: the forms must not change a verdict.
    static func reference(_ subject: String, _ codes: [String]) -> Bool {
        let value = SubjectCode.normalised(subject)
        let code = String(value.prefix(while: { $0.isNumber }))
        return codes.contains { wanted in
            let target = SubjectCode.normalised(wanted)
            if target == value { return true }
            return !code.isEmpty && target.allSatisfy(\.isNumber) && code.hasPrefix(target)
        }
    }
}
