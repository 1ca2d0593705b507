import Foundation
import Testing
@testable import WalletStacking

/// stacking.md § 6, S8–S16.
@Suite struct ScenarioTests2 {
    typealias F = Fixture

    static var composite: [StackingCredential] {
        [F.credential("MD", 20, subjects: ["DS"], type: "microdegree", hasPart: ["M1", "M2", "M3", "M4"])]
            + (1...4).map { F.credential("M\($0)", 5, subjects: ["DS"]) }
    }

    @Test("S8a composite or parts, never both: 20 of 30, parts are PART_OF_COUNTED_CONTAINER")
    func s8a() throws {
        let result = try F.run(F.pool("RPL", min: 30, max: 30, match: #"{ subject_any = ["DS"] }"#), Self.composite)
        #expect(!result.complete)
        #expect(result.progress.countedECTS == 20)
        #expect(result.ids("RPL") == ["MD"])
        #expect(result.missing.first?.ects == 10)
        for part in ["M1", "M2", "M3", "M4"] { #expect(result.code(part) == .partOfCountedContainer) }
    }

    @Test("S8b the container fills the microdegree; the elective stays unmet because the parts are consumed")
    func s8b() throws {
        let body = F.pool("Microdegree", min: 20, match: #"{ credential_type_in = ["microdegree"] }"#)
            + F.pool("Elective", min: 5, match: #"{ subject_any = ["DS"], credential_type_not_in = ["microdegree"] }"#)
        let result = try F.run(body, Self.composite)
        #expect(result.ids("Microdegree") == ["MD"])
        #expect(result.requirement("Elective")?.met == false)
        #expect(result.missing.first { $0.requirement == "Elective" }?.ects == 5)
        #expect(result.code("M1") == .partOfCountedContainer)
    }

    @Test("S9 k-of-n with a shared dependency: 1 of 3, root unmet, conflict named")
    func s9() throws {
        let body = F.pool("T1", count: 1, match: #"{ id_in = ["B"] }"#) + F.pool("T2", count: 1, match: #"{ id_in = ["B"] }"#)
            + F.pool("T3", count: 1, match: #"{ id_in = ["D"] }"#) + """
            [[requirement]]
            id = "two"
            type = "group"
            choose = 2
            of = ["T1", "T2", "T3"]
            [root]
            all = ["two"]
            """
        let result = try F.run(body, [F.credential("B", 5)])
        #expect(!result.complete)
        #expect(["T1", "T2", "T3"].filter { result.requirement($0)?.met == true }.count == 1)
        let gap = try #require(result.missing.first)
        #expect(gap.text.contains("B counts toward T1"))
    }

    @Test("S10 distinct subject areas: A+C, B surplus")
    func s10() throws {
        let body = F.pool("R", min: 15, extra: #"distinct = { by = "subject", min = 2 }"#)
        let result = try F.run(body, [F.credential("A", 10, subjects: ["DS"]), F.credential("B", 5, subjects: ["DS"]), F.credential("C", 5, subjects: ["ethics"])])
        #expect(result.complete)
        #expect(result.ids("R") == ["A", "C"])
        #expect(result.code("B") == .surplus)
    }

    @Test("S11 aggregate EQF 7 share across pools: complete with 20 ECTS at EQF 7")
    func s11() throws {
        let body = F.pool("Core", min: 20, match: #"{ subject_any = ["DS"] }"#) + F.pool("Elective", min: 20) + """
            [[constraint]]
            id = "level"
            over = { eqf_min = 7 }
            ects = { min = 20 }
            """
        let wallet = [
            F.credential("C6", 10, eqf: 6, subjects: ["DS"]), F.credential("D6", 10, eqf: 6, subjects: ["DS"]),
            F.credential("E6", 10, eqf: 6, subjects: ["biz"]), F.credential("A7", 10, eqf: 7, subjects: ["DS"]),
            F.credential("B7", 10, eqf: 7, subjects: ["biz"]),
        ]
        let result = try F.run(body, wallet)
        #expect(result.complete)
        #expect(result.requirement("level")?.countedECTS == 20)
    }

    @Test("S12 decimal arithmetic is exact", arguments: [[1.2, 1.4, 1.4], [0.7, 1.4, 1.9]])
    func s12(values: [Double]) throws {
        let wallet = values.enumerated().map { F.credential("X\($0.offset)", $0.element, track: "t") }
        let result = try F.run(F.pool("R", min: 4.0), wallet)
        #expect(result.complete)
        #expect(result.requirement("R")?.countedECTS == 4)
    }

    static let cmf = """
        [units]
        credit = "ECTS"
        hours_per_credit = 25
        [eligibility]
        eqf = { min = 5, max = 8 }
        assessment = ["summative"]
        [[requirement]]
        id = "track"
        type = "pool"
        ects = { min = 4.0, max = 6.0 }
        same = ["track"]
        """

    @Test("S13 CMF band, coherence and assessment: {B} satisfies; A not summative")
    func s13() throws {
        let wallet = [
            F.credential("A", 5, eqf: 7, track: "t1", summative: false), F.credential("B", 4, eqf: 6, track: "t2"),
            F.credential("C", 3, eqf: 6, track: "t2"), F.credential("D", 2, eqf: 6, track: "t3"),
        ]
        let result = try F.run(Self.cmf, wallet)
        #expect(result.complete)
        #expect(result.ids("track") == ["B"])
        #expect(result.code("A") == .assessmentNotSummative)
        #expect(result.code("C") == .surplus)
    }

    @Test("S13 hours at 25 h/ECTS: 96 h fails, 100 h passes", arguments: [(96.0, false), (100.0, true)])
    func s13Hours(hours: Double, passes: Bool) throws {
        let result = try F.run(Self.cmf, [F.credential("H", eqf: 6, hours: hours, track: "t")])
        #expect(result.complete == passes)
    }

    @Test("S13 declared ECTS wins over hours, with UNIT_INCONSISTENCY")
    func s13Inconsistent() throws {
        let result = try F.run(Self.cmf, [F.credential("H", 4, eqf: 6, hours: 96, track: "t")])
        #expect(result.complete)
        #expect(result.notes.contains { $0.code == .unitInconsistency && $0.credential == "H" })
    }

    @Test("S14 percentage RPL cap on the programme: coursework 30/45, three EXCLUDED_BY_CAP, thesis 0/15")
    func s14() throws {
        let body = F.pool("Coursework", min: 45) + """
            [[requirement]]
            id = "Thesis"
            type = "milestone"
            match = { credential_type_in = ["thesis"] }
            ects = { min = 15 }
            [[constraint]]
            id = "rpl-cap"
            over = { setting_in = ["non-formal", "informal"] }
            ects = { max_share_of_programme = 0.5 }
            mode = "exclude"
            [root]
            all = ["Coursework", "Thesis", "rpl-cap"]
            """
        let wallet = (1...9).map { F.credential("N\($0)", 5, setting: "non-formal") }
        let result = try F.run(body, wallet)
        #expect(result.requirement("Coursework")?.countedECTS == 30)
        #expect(result.requirement("Thesis")?.countedECTS == 0)
        #expect(result.progress.requiredECTS == 60 && result.progress.countedECTS == 30)
        #expect(result.notCounted.filter { $0.code == .excludedByCap && $0.text.hasPrefix("rpl-cap") }.count == 3)
    }

    @Test("S15 a learner pin costs a requirement and says so")
    func s15() throws {
        let body = F.pool("R1", min: 6, match: #"{ subject_any = ["DS"], eqf_min = 7 }"#) + F.pool("R2", min: 6, match: #"{ subject_any = ["DS"] }"#)
        let wallet = [F.credential("A", 6, eqf: 7, subjects: ["DS"]), F.credential("B", 6, eqf: 6, subjects: ["DS"])]
        let result = try F.run(body, wallet, pins: [Pin(credential: "A", pathway: "p", requirement: "R2")])
        #expect(result.ids("R2") == ["A"])
        #expect(result.requirement("R1")?.met == false)
        let note = try #require(result.notes.first { $0.code == .pinConflict })
        #expect(note.text.contains("Unpin A"))
        let unpinned = try F.run(body, wallet)
        #expect(unpinned.complete)
    }

    @Test("S16 equivalent credentials count once: PyUni→Prog, Stats→Any, PyMOOC DUPLICATE_OF", arguments: [false, true])
    func s16(equivalent: Bool) throws {
        var body = F.pool("Prog", min: 5, match: #"{ tags_any = ["prog"] }"#) + F.pool("Any", min: 9)
        if equivalent { body += "[[equivalence]]\nids = [\"PyMOOC\", \"PyUni\"]\n" }
        let wallet = [
            F.credential("PyMOOC", 4, tags: ["prog"], setting: "non-formal"), F.credential("PyUni", 5, tags: ["prog"]),
            F.credential("Stats", 5, tags: ["stats"]),
        ]
        let result = try F.run(body, wallet)
        #expect(result.complete == !equivalent)
        if equivalent {
            #expect(result.ids("Prog") == ["PyUni"])
            #expect(result.ids("Any") == ["Stats"])
            #expect(result.code("PyMOOC") == .duplicateOf)
        }
    }
}
