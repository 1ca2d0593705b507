import Foundation
import Testing
@testable import WalletStacking

/// stacking.md § 6, S17–S26.
@Suite struct ScenarioTests3 {
    typealias F = Fixture

    @Test("S17 entry credential reused for credit only when may_also_count", arguments: [true, false])
    func s17(mayAlsoCount: Bool) throws {
        let body = """
            [entry]
            requires = [ { id_in = ["DSfound"] } ]
            may_also_count = \(mayAlsoCount)
            """ + "\n" + F.pool("R", min: 12, match: #"{ subject_any = ["DS"] }"#)
        let result = try F.run(body, [F.credential("DSfound", 6, subjects: ["DS"]), F.credential("X", 6, subjects: ["DS"])])
        #expect(result.complete == mayAlsoCount)
        if !mayAlsoCount {
            #expect(result.progress.countedECTS == 6)
            #expect(result.code("DSfound") == .reservedForEntry)
        }
    }

    static func microdegrees(cap: Bool) throws -> PathwayCatalogue {
        let limitA = cap ? "[sharing]\ndefault = \"allowed\"\n[[sharing.limit]]\nwith = \"B\"\nmax_ects = 5\n" : ""
        let a = try F.pathway("priority = 2\n" + F.pool("DS", min: 10, match: #"{ tags_any = ["ds"] }"#) + F.pool("any", min: 10) + limitA, id: "A")
        let b = try F.pathway(F.pool("ML", min: 10, match: #"{ tags_any = ["ml"] }"#) + F.pool("any", min: 10), id: "B")
        return PathwayCatalogue(pathways: [b, a])
    }

    static let microdegreeWallet = [
        F.credential("DS1", 5, tags: ["ds"]), F.credential("DS2", 5, tags: ["ds"]), F.credential("ML1", 5, tags: ["ml"]),
        F.credential("ML2", 5, tags: ["ml"]), F.credential("X1", 5), F.credential("Y", 5, tags: ["ds", "ml"]),
    ]

    @Test("S18 pairwise overlap cap: (a) both complete sharing one credential; (b) B any 5/10; (c) no cap")
    func s18() throws {
        let capped = StackingEngine(catalogue: try Self.microdegrees(cap: true))
        let withX2 = capped.evaluate(Self.microdegreeWallet + [F.credential("X2", 5)], at: F.day)
        let (a, b) = (try #require(withX2.first { $0.id == "A" }), try #require(withX2.first { $0.id == "B" }))
        #expect(a.complete && b.complete)
        #expect(Set(a.counted.map(\.credential)).intersection(b.counted.map(\.credential)).count == 1)
        let without = capped.evaluate(Self.microdegreeWallet, at: F.day)
        let bOnly = try #require(without.first { $0.id == "B" })
        #expect(without.first { $0.id == "A" }?.complete == true)
        #expect(bOnly.requirement("ML")?.met == true)
        #expect(bOnly.requirement("any")?.countedECTS == 5)
        #expect(bOnly.notCounted.contains { $0.code == .excludedByCap && $0.text.contains("overlap cap") })
        let free = StackingEngine(catalogue: try Self.microdegrees(cap: false)).evaluate(Self.microdegreeWallet, at: F.day)
        #expect(free.filter(\.complete).count == 2)
    }

    @Test("S19 minimum average grade: B+C, not the greedy A+B")
    func s19() throws {
        let body = F.pool("R", min: 10) + """
            [[constraint]]
            id = "grade"
            over = { graded = true }
            avg_grade = { min = 3.0 }
            """
        let result = try F.run(body, [F.credential("A", 5, grade: "2.0"), F.credential("B", 5, grade: "3.7"), F.credential("C", 5, grade: "3.3")])
        #expect(result.complete)
        #expect(result.ids("R") == ["B", "C"])
    }

    @Test("S20 earned before pending: A counts, B unused")
    func s20() throws {
        let result = try F.run(F.pool("R", min: 5), [F.credential("B", 5, status: .pending), F.credential("A", 5)])
        #expect(result.complete)
        #expect(result.ids("R") == ["A"])
        #expect(result.code("B") == .surplus)
    }

    static let s21Body = F.pool("Core", min: 10, match: #"{ subject_any = ["DS"], eqf_min = 7 }"#) + F.pool("Elective", min: 10, match: "{ eqf_min = 6 }")
    static let s21Wallet = [F.credential("A", 5, eqf: 7, subjects: ["DS"]), F.credential("C", 5, eqf: 7, subjects: ["DS"]), F.credential("D", 5, eqf: 6, subjects: ["biz"])]

    @Test("S21 gap lands in the broad elective; ranking; stability when O1 is added")
    func s21() throws {
        let result = try F.run(Self.s21Body, Self.s21Wallet)
        #expect(result.ids("Core") == ["A", "C"])
        #expect(result.ids("Elective") == ["D"])
        let gap = try #require(result.missing.first)
        #expect(gap.requirement == "Elective" && gap.ects == 5 && gap.text.contains("EQF ≥ 6"))
        let o1 = F.credential("O1", 3, eqf: 7, subjects: ["DS"])
        let candidates = [o1, F.credential("O2", 5, eqf: 6, subjects: ["DS"]), F.credential("O3", 3, eqf: 7, subjects: ["ML"])]
        let engine = StackingEngine(catalogue: PathwayCatalogue(pathways: [try F.pathway(Self.s21Body)]))
        let ranking = engine.rank(candidates: candidates, held: Self.s21Wallet, pathway: "p", at: F.day)
        #expect(ranking.first?.candidate == "O2" && ranking.first?.completes == true)
        #expect(ranking.dropFirst().allSatisfy { !$0.completes })
        let stable = try F.run(Self.s21Body, Self.s21Wallet + [o1])
        #expect(stable.ids("Core") == ["A", "C"])
        #expect(stable.ids("Elective") == ["D", "O1"])
        #expect(stable.requirement("Elective")?.countedECTS == 8)
    }

    @Test("S22 waiver types: waive keeps the total, waive_with_credit credits it", arguments: [("waive", false), ("waive_with_credit", true)])
    func s22(type: String, complete: Bool) throws {
        let body = F.pool("Core", min: 10, match: #"{ subject_any = ["DS"] }"#) + F.pool("Rest", min: 50) + """
            [[constraint]]
            id = "total"
            over = {}
            ects = { min = 60 }
            [[waiver]]
            requirement = "Core"
            type = "\(type)"
            """
        let wallet = (1...10).map { F.credential("X\($0)", 5, subjects: ["biz"]) }
        let result = try F.run(body, wallet)
        #expect(result.complete == complete)
        #expect(result.requirement("Core")?.met == true)
    }

    @Test("S23 overlay is non-consuming: A counts in Core and satisfies the ethics check")
    func s23() throws {
        let body = F.pool("Core", min: 10, match: #"{ subject_any = ["DS"] }"#) + """
            [[requirement]]
            id = "ethics"
            type = "overlay"
            match = { skills_any = ["ethics"] }
            count = { min = 1 }
            """
        let result = try F.run(body, [F.credential("A", 5, subjects: ["DS"], skills: ["ethics"]), F.credential("B", 5, subjects: ["DS"])])
        #expect(result.complete)
        #expect(result.progress.countedECTS == 10)
        #expect(result.ids("ethics") == ["A"])
    }

    @Test("S24 skill coverage with a cap: F1 + N2")
    func s24() throws {
        var body = F.pool("Total", min: 10) + "[[constraint]]\nid = \"nf\"\nover = { setting_in = [\"non-formal\"] }\nects = { max = 5 }\n"
        for skill in ["S1", "S2", "S3"] {
            body += "[[requirement]]\nid = \"\(skill)\"\ntype = \"overlay\"\nmatch = { skills_any = [\"\(skill)\"] }\ncount = { min = 1 }\n"
        }
        let wallet = [
            F.credential("N1", 5, setting: "non-formal", skills: ["S1"]), F.credential("N2", 5, setting: "non-formal", skills: ["S3"]),
            F.credential("F1", 5, setting: "formal", skills: ["S1", "S2"]),
        ]
        let result = try F.run(body, wallet)
        #expect(result.complete)
        #expect(result.ids("Total") == ["F1", "N2"])
    }

    @Test("S25 transfer-value block consumes its parts: 24 counted, certificates CONSUMED_BY_BLOCK")
    func s25() throws {
        let body = F.pool("spec-scm", min: 12, match: #"{ tags_any = ["supply-chain"], eqf_min = 7 }"#)
            + F.pool("electives", min: 12, match: #"{ tags_any = ["data"], eqf_min = 6 }"#) + """
            [[transfer_value]]
            id = "micromasters-scm"
            from = { credential_type_in = ["micromasters"], issuer_in = ["urn:org:mitx"], tags_any = ["supply-chain"] }
            parts = "consumed"
            valid = { from = "2024-01-01", until = "2027-12-31" }
            grant = [ { ects = 12.0, eqf = 7, tags = ["supply-chain"], into = "spec-scm" },
                      { ects = 12.0, eqf = 7, tags = ["data"], into = "electives" } ]
            """
        let block = F.credential("MM", eqf: 7, tags: ["supply-chain"], type: "micromasters", issuer: "urn:org:mitx")
        let courses = (1...4).map { F.credential("SC\($0)", 6, eqf: 7, tags: ["supply-chain"], isPartOf: ["MM"]) }
        let result = try F.run(body, [block] + courses)
        #expect(result.complete)
        #expect(result.progress.countedECTS == 24)
        #expect(result.ids("spec-scm") == ["MM"] && result.ids("electives") == ["MM"])
        for course in courses { #expect(result.code(course.id) == .consumedByBlock) }
    }

    @Test("S26 repeats and revocation", arguments: [("best-attempt", "try1"), ("latest", "try2")])
    func s26(policy: String, winner: String) throws {
        let body = "repeats = \"\(policy)\"\n" + F.pool("R", min: 5, count: 2)
        let wallet = [
            F.credential("try1", 5, grade: "B", issued: "2023-01-01", achievement: "urn:course:1"),
            F.credential("try2", 5, grade: "D", issued: "2024-01-01", achievement: "urn:course:1"),
            F.credential("gone", 5, status: .revoked),
        ]
        let result = try F.run(body, wallet)
        #expect(result.ids("R") == [winner])
        #expect(result.code(winner == "try1" ? "try2" : "try1") == .duplicateOf)
        #expect(result.code("gone") == .revoked)
    }
}
