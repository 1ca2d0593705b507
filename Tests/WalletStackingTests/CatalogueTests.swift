import Foundation
import Testing
@testable import WalletStacking

@Suite struct CatalogueTests {
    typealias F = Fixture

    @Test("the built-in catalogue loads: generic ladder, UOC ladder and examples, ids unique")
    func builtInLoads() throws {
        let catalogue = try PathwayCatalogue.builtIn()
        let ids = catalogue.pathways.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ["cairn:ladder:micro-learning-unit", "cairn:ladder:course", "cairn:ladder:cmf-microcredential",
                   "cairn:ladder:short-programme", "cairn:ladder:microdegree", "cairn:ladder:short-cycle",
                   "cairn:ladder:bachelor-180", "cairn:ladder:bachelor-240", "cairn:ladder:master-60",
                   "cairn:ladder:master-90", "cairn:ladder:master-120", "cairn:uoc:expert-certificate",
                   "cairn:uoc:postgraduate-certificate", "cairn:uoc:master"] {
            #expect(catalogue.pathway(id) != nil, "missing \(id)")
        }
        #expect(catalogue.pathway("cairn:ladder:cmf-microcredential")?.eligibility.eqfMin == 5)
        #expect(catalogue.pathway("cairn:ladder:cmf-microcredential-2020")?.eligibility.eqfMin == 6)
    }

    @Test("every built-in file lints without errors or warnings")
    func builtInLintsClean() throws {
        let directory = try #require(PathwayCatalogue.builtInDirectory)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".toml") }
        #expect(names.count >= 18)
        for name in names {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            let issues = PathwayLinter().lint(text)
            #expect(issues.isEmpty, "\(name): \(issues)")
        }
    }

    @Test("UOC ladder: 2/4/6 ECTS units give exact shortfalls toward 15 and 30")
    func uocLadder() throws {
        let engine = StackingEngine(catalogue: try PathwayCatalogue.builtIn())
        let units = [2.0, 2.0, 4.0, 6.0].enumerated().map {
            F.credential("u\($0.offset)", $0.element, eqf: 7, track: "t", issuer: "urn:org:uoc")
        }
        let expert = try #require(engine.evaluate(units, at: F.day, only: "cairn:uoc:expert-certificate").first)
        #expect(!expert.complete)
        #expect(expert.missing.first?.ects == 1)
        let withMore = units + [F.credential("u9", 2, eqf: 7, issuer: "urn:org:uoc")]
        let done = try #require(engine.evaluate(withMore, at: F.day, only: "cairn:uoc:expert-certificate").first)
        #expect(done.complete)
        #expect(done.progress.countedECTS == 15 || done.progress.countedECTS == 16)
    }

    @Test("an expert certificate counts as a 15 ECTS block toward the postgraduate certificate, consuming its units")
    func uocBlock() throws {
        let engine = StackingEngine(catalogue: try PathwayCatalogue.builtIn())
        let certificate = F.credential("cert", type: "expert-certificate", issuer: "urn:org:uoc", hasPart: ["u1", "u2"])
        let wallet = [certificate, F.credential("u1", 6, issuer: "urn:org:uoc"), F.credential("u2", 6, issuer: "urn:org:uoc"),
                      F.credential("u3", 6, issuer: "urn:org:uoc")]
        let result = try #require(engine.evaluate(wallet, at: F.day, only: "cairn:uoc:postgraduate-certificate").first)
        #expect(result.progress.countedECTS == 21)
        #expect(result.code("u1") == .consumedByBlock)
    }

    @Test("a master's thesis cannot be replaced by micro-credentials")
    func masterThesis() throws {
        let engine = StackingEngine(catalogue: try PathwayCatalogue.builtIn())
        let wallet = (1...20).map { F.credential("m\($0)", 5, eqf: 7, type: "micro-credential") }
        let result = try #require(engine.evaluate(wallet, at: F.day, only: "cairn:ladder:master-60").first)
        #expect(!result.complete)
        #expect(result.requirement("coursework")?.met == true)
        #expect(result.requirement("thesis")?.met == false)
        #expect(result.missing.map(\.requirement) == ["thesis"])
    }

    @Test("a directory of user pathways loads; the same id replaces the built-in when merged")
    func userDirectory() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-pathways-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = """
            schema = "stackability.pathway/0.1"
            id = "cairn:ladder:microdegree"
            kind = "microdegree"
            title = "My microdegree"
            [[requirement]]
            id = "r"
            type = "pool"
            ects = { min = 25 }
            """
        try Data(text.utf8).write(to: directory.appendingPathComponent("mine.toml"))
        let user = try PathwayCatalogue.load(directory: directory)
        let merged = try PathwayCatalogue.builtIn().merging(user)
        #expect(merged.pathway("cairn:ladder:microdegree")?.title == "My microdegree")
        #expect(merged.pathways.count == (try PathwayCatalogue.builtIn()).pathways.count)
        let missing = try PathwayCatalogue.load(directory: directory.appendingPathComponent("nope"))
        #expect(missing.pathways.isEmpty)
    }
}
