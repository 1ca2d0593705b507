import Foundation
import Testing
@testable import WalletStacking

@Suite struct OutputTests {
    typealias F = Fixture

    @Test("stack --json has exactly the documented snake_case shape")
    func jsonShape() throws {
        let body = F.pool("Core", min: 10, match: #"{ subject_any = ["DS"], eqf_min = 7 }"#) + F.pool("Elective", min: 10, match: "{ eqf_min = 6 }")
        let result = try F.run(body, [F.credential("A", 5, eqf: 7, subjects: ["DS"]), F.credential("C", 5, eqf: 7, subjects: ["DS"]),
                                      F.credential("D", 5, eqf: 6, subjects: ["biz"]), F.credential("Z", 5, eqf: 4)])
        let data = try JSONEncoder().encode([result])
        let array = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let object = try #require(array.first)
        #expect(Set(object.keys) == ["id", "title", "kind", "complete", "provisional", "progress", "requirements", "missing", "not_counted"])
        let progress = try #require(object["progress"] as? [String: Any])
        #expect(Set(progress.keys) == ["counted_ects", "required_ects", "requirements_met", "requirements_total"])
        #expect(progress["counted_ects"] as? Double == 15)
        let requirement = try #require((object["requirements"] as? [[String: Any]])?.first)
        #expect(Set(requirement.keys) == ["id", "label", "met", "counted_ects", "required_ects", "credentials"])
        let missing = try #require((object["missing"] as? [[String: Any]])?.first)
        #expect(Set(missing.keys) == ["requirement", "ects", "text"])
        let notCounted = try #require((object["not_counted"] as? [[String: Any]])?.first)
        #expect(Set(notCounted.keys) == ["credential", "code", "text"])
        #expect(notCounted["code"] as? String == "INELIGIBLE")
        let decoded = try JSONDecoder().decode([PathwayResult].self, from: data)
        #expect(decoded.first?.missing == result.missing)
    }

    @Test("the text renderer shows status, requirements, gaps and reasons")
    func text() throws {
        let result = try F.run(F.pool("R", min: 10), [F.credential("A", 6), F.credential("B", 3, status: .revoked)])
        let text = StackTextRenderer(titles: ["A": "Deep Learning"], verbose: true).render(result)
        #expect(text.contains("incomplete"))
        #expect(text.contains("✗ R 6/10 ECTS"))
        #expect(text.contains("Deep Learning (A)"))
        #expect(text.contains("4 ECTS more"))
        #expect(text.contains("B: REVOKED"))
        #expect(text.contains("Why these count:"))
        let summary = StackTextRenderer(titles: ["A": "Deep Learning"], listsNotCounted: false).render(result)
        #expect(summary.contains("Deep Learning (A)") && summary.contains("4 ECTS more"))
        #expect(!summary.contains("B: REVOKED"), "a transcript summary leaves out what does not count")
    }

    @Test("a pathway without a credit floor reports what counted, not 'N of 0 ECTS'")
    func noCreditFloor() throws {
        let result = try F.run(F.pool("R", count: 1), [F.credential("A", 6)])
        let text = StackTextRenderer().render(result)
        #expect(text.contains("6 ECTS counted (no credit floor)"))
        #expect(!text.contains("of 0 ECTS"))
    }

    @Test("the pathways list shows kind, size, title and id; check output says ok or lists issues")
    func list() throws {
        let catalogue = try PathwayCatalogue.builtIn()
        let text = PathwayListRenderer().render(catalogue)
        #expect(text.contains("cairn:ladder:master-90"))
        #expect(text.contains("90 ECTS"))
        let json = try JSONEncoder().encode(PathwayListRenderer().summaries(catalogue))
        #expect(String(decoding: json, as: UTF8.self).contains("\"required_ects\""))
        #expect(PathwayListRenderer().render(issues: [], file: "a.toml") == "a.toml: ok\n")
    }
}
