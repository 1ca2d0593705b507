import Foundation
import Testing
@testable import WalletStacking

@Suite struct LinterTests {
    static let header = "schema = \"stackability.pathway/0.1\"\nid = \"x\"\nkind = \"k\"\ntitle = \"t\"\n"

    @Test("bad files report the key path and a clear message", arguments: [
        ("[[requirement]]\nid = \"a\"\ntype = \"pool\"\nects = { min = \"five\" }\n", "requirement[0].ects.min", "must be a number"),
        ("[[requirement]]\nid = \"a\"\ntype = \"pol\"\nects = { min = 5 }\n", "requirement[0].type", "must be one of"),
        ("[[requirement]]\nid = \"a\"\ntype = \"pool\"\nectz = { min = 5 }\n", "requirement[0].ectz", "unknown key"),
        ("[root]\nall = [\"nope\"]\n", "root.all[0]", "\"nope\""),
        ("[eligibility]\neqf = { min = 7, max = 5 }\n", "eligibility.eqf.min", "empty"),
        ("[[requirement]]\nid = \"g\"\ntype = \"group\"\nchoose = 3\nof = [\"a\"]\n[[requirement]]\nid = \"a\"\ntype = \"pool\"\nects = { min = 1 }\n", "requirement[0].choose", "choose = 3"),
        ("[[constraint]]\nid = \"c\"\nover = {}\nects = { max = 5 }\nmode = \"clip\"\n", "constraint[0].mode", "exclude"),
        ("[[requirement]]\nid = \"a\"\ntype = \"pool\"\nects = { min = 6, max = 4 }\n", "requirement[0].ects.min", "never be met"),
        ("[[requirement]]\nid = \"a\"\ntype = \"pool\"\nmatch = { subject_any = [\"isced-f:0613\", \"isced-f:\"] }\nects = { min = 5 }\n", "requirement[0].match.subject_any", "names no subject field"),
    ])
    func reports(body: String, key: String, message: String) {
        let issues = PathwayLinter().lint(Self.header + body)
        #expect(issues.contains { $0.severity == .error && $0.key == key && $0.message.contains(message) }, "\(issues)")
    }

    @Test("TOML syntax errors name the line")
    func syntax() {
        let issues = PathwayLinter().lint(Self.header + "[[requirement]\n")
        #expect(issues.first?.key == "(file)")
        #expect(issues.first?.message.contains("line 5") == true)
    }

    @Test("missing required keys are errors; a pool without minimum is a warning")
    func required() {
        let issues = PathwayLinter().lint("schema = \"stackability.pathway/0.1\"\n[[requirement]]\nid = \"a\"\ntype = \"pool\"\n")
        #expect(issues.contains { $0.key == "id" && $0.message == "is required" })
        #expect(issues.contains { $0.key == "title" && $0.severity == .error })
        #expect(issues.contains { $0.key == "requirement[0]" && $0.severity == .warning })
        #expect(!PathwayLinter.passes(issues))
    }

    @Test("the three stacking.md examples lint clean")
    func examples() throws {
        let catalogue = try PathwayCatalogue.builtIn()
        for pathway in catalogue.pathways where pathway.id.hasPrefix("urn:example") {
            #expect(pathway.root.count >= 1)
        }
        #expect(catalogue.pathways.filter { $0.id.hasPrefix("urn:example") }.count == 3)
    }

    @Test("parse errors surface as CatalogueError.invalid with the issues")
    func invalid() {
        #expect(throws: CatalogueError.self) { try PathwayCatalogue.parse(Self.header + "[root]\nall = [\"nope\"]\n") }
    }
}
