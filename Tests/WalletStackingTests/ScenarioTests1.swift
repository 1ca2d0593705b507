import Foundation
import Testing
@testable import WalletStacking

/// stacking.md § 6, S1–S7: cases where greedy placement is wrong or rules interact.
@Suite struct ScenarioTests1 {
    typealias F = Fixture

    @Test("S1 specific before general: B→R1, A→R2, complete")
    func s1() throws {
        let body = F.pool("R1", min: 6, match: #"{ subject_any = ["DS"], eqf_min = 6 }"#)
            + F.pool("R2", min: 6, match: #"{ subject_any = ["DS"], eqf_min = 7 }"#)
        let result = try F.run(body, [F.credential("A", 6, eqf: 7, subjects: ["DS"]), F.credential("B", 6, eqf: 6, subjects: ["DS"])])
        #expect(result.complete)
        #expect(result.ids("R1") == ["B"])
        #expect(result.ids("R2") == ["A"])
    }

    @Test("S2 nested count pools: EQF 6 credentials go to R1 although the wallet lists EQF 7 first")
    func s2() throws {
        let body = F.pool("R1", count: 3, match: "{ eqf_min = 6 }") + F.pool("R2", count: 2, match: "{ eqf_min = 7 }")
            + F.pool("R3", count: 1, match: "{ eqf_min = 7 }")
        let wallet = ["AI454", "AI488", "AI492"].map { F.credential($0, 5, eqf: 7) } + ["AI346", "AI348", "AI370"].map { F.credential($0, 5, eqf: 6) }
        let result = try F.run(body, wallet)
        #expect(result.complete)
        #expect(result.ids("R1") == ["AI346", "AI348", "AI370"])
        #expect(result.ids("R2").count == 2 && result.ids("R3").count == 1)
    }

    @Test("S3 whole credentials: R1 = A+C, R2 = B")
    func s3() throws {
        let body = F.pool("R1", min: 10, match: #"{ tags_any = ["data"] }"#) + F.pool("R2", min: 5, match: #"{ tags_any = ["data", "stats"] }"#)
        let result = try F.run(body, [F.credential("A", 6, tags: ["data"]), F.credential("B", 5, tags: ["data"]), F.credential("C", 4, tags: ["data"])])
        #expect(result.complete)
        #expect(result.ids("R1") == ["A", "C"])
        #expect(result.ids("R2") == ["B"])
    }

    @Test("S4 no splitting: one credential each, R2 short by 1 with NO_SPLIT")
    func s4() throws {
        let body = F.pool("R1", min: 5) + F.pool("R2", min: 7)
        let result = try F.run(body, [F.credential("A", 6), F.credential("B", 6)])
        #expect(!result.complete)
        #expect(result.ids("R1").count == 1 && result.ids("R2").count == 1)
        let gap = try #require(result.missing.first { $0.requirement == "R2" })
        #expect(gap.ects == 1)
        #expect(gap.text.contains("NO_SPLIT"))
        #expect(result.notes.contains { $0.code == .noSplit })
    }

    @Test("S5 cap spent on the right credential: Core = F1, Elective = N2")
    func s5() throws {
        let body = F.pool("Core", min: 10, match: #"{ subject_any = ["DS"] }"#) + F.pool("Elective", min: 10, match: #"{ subject_any = ["business"] }"#) + """
        [[constraint]]
        id = "nf"
        over = { setting_in = ["non-formal"] }
        ects = { max = 10 }
        """
        let result = try F.run(body, [
            F.credential("N1", 10, subjects: ["DS"], setting: "non-formal"), F.credential("F1", 10, subjects: ["DS"], setting: "formal"),
            F.credential("N2", 10, subjects: ["business"], setting: "non-formal"),
        ])
        #expect(result.complete)
        #expect(result.ids("Core") == ["F1"])
        #expect(result.ids("Elective") == ["N2"])
        #expect(result.code("N1") == .excludedByCap)
    }

    @Test("S6 cap semantics: exclude counts 26 with N2 excluded; truncate counts 28", arguments: ["exclude", "truncate"])
    func s6(mode: String) throws {
        let body = F.pool("Total", min: 28) + """
        [[constraint]]
        id = "nf"
        over = { setting_in = ["non-formal"] }
        ects = { max = 12 }
        mode = "\(mode)"
        """
        let result = try F.run(body, [
            F.credential("N1", 10, setting: "non-formal"), F.credential("N2", 6, setting: "non-formal"),
            F.credential("F1", 10, setting: "formal"), F.credential("F2", 6, setting: "formal"),
        ])
        if mode == "exclude" {
            #expect(!result.complete)
            #expect(result.progress.countedECTS == 26)
            #expect(result.missing.first?.ects == 2)
            #expect(result.code("N2") == .excludedByCap)
        } else {
            #expect(result.complete)
            #expect(result.progress.countedECTS == 28)
            #expect(result.counted.first { $0.credential == "N2" }?.ects == 2)
        }
    }

    @Test("S7 recency is calendar arithmetic, inclusive at the cutoff", arguments: [
        ("2024-03-02", "2019-03-01", false), ("2024-03-02", "2019-03-02", true),
        ("2025-02-28", "2020-02-29", true), ("2025-03-01", "2020-02-29", false),
    ])
    func s7(asOf: String, issued: String, counts: Bool) throws {
        let body = "[eligibility]\nissued_within = { years = 5 }\n" + F.pool("R", min: 5)
        let date = try #require(CalendarDate.parse(asOf))
        let result = try F.run(body, [F.credential("X", 5, issued: issued)], at: date)
        #expect(result.complete == counts)
        if !counts { #expect(result.code("X") == .tooOld) }
    }

    @Test("S7 application date: counts today but warns it will lapse")
    func s7Application() throws {
        let body = """
        [evaluation]
        as_of = "application-date"
        application_date = "2024-09-01"
        [eligibility]
        issued_within = { years = 5 }
        """ + "\n" + F.pool("R", min: 5)
        let result = try F.run(body, [F.credential("X", 5, issued: "2019-03-02")], at: try #require(CalendarDate.parse("2024-03-02")))
        #expect(result.complete)
        #expect(result.notes.contains { $0.code == .willLapseBeforeApplication && $0.credential == "X" })
    }
}
