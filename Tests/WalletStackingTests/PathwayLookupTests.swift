import Testing
@testable import WalletStacking

@Suite struct PathwayLookupTests {
    /// The built-in catalogue plus copies under other ids, to make suffixes collide on purpose.
    func catalogue(extraIDs: [String] = []) throws -> PathwayCatalogue {
        let builtIn = try PathwayCatalogue.builtIn()
        let template = try #require(builtIn.pathways.first)
        let extra = extraIDs.map { id -> Pathway in
            var copy = template
            copy.id = id
            return copy
        }
        return PathwayCatalogue(pathways: builtIn.pathways + extra)
    }

    @Test("the full id resolves to that pathway")
    func fullID() throws {
        #expect(try catalogue().resolve("cairn:ladder:microdegree").id == "cairn:ladder:microdegree")
    }

    @Test("the last segment resolves when it is unique, even when a longer id shares its prefix")
    func uniqueSuffix() throws {
        let catalogue = try catalogue()
        #expect(try catalogue.resolve("cmf-microcredential").id == "cairn:ladder:cmf-microcredential")
        #expect(try catalogue.resolve("cmf-microcredential-2020").id == "cairn:ladder:cmf-microcredential-2020")
        #expect(try catalogue.resolve("ladder:microdegree").id == "cairn:ladder:microdegree")
        #expect(try catalogue.resolve("uoc:master").id == "cairn:uoc:master")
    }

    @Test("an exact id wins over a suffix match of a longer id")
    func exactWins() throws {
        let catalogue = try catalogue(extraIDs: ["master", "urn:x:master"])
        #expect(try catalogue.resolve("master").id == "master")
    }

    @Test("a suffix shared by several ids is refused, listing every candidate")
    func ambiguous() throws {
        let catalogue = try catalogue(extraIDs: ["urn:example:microdegree"])
        #expect(throws: PathwayLookupError.ambiguous(
            query: "microdegree", candidates: ["cairn:ladder:microdegree", "urn:example:microdegree"])
        ) { try catalogue.resolve("microdegree") }
        let message = "\(PathwayLookupError.ambiguous(query: "m", candidates: ["a:m", "b:m"]))"
        #expect(message == "\"m\" matches 2 pathways: a:m, b:m; give more of the id")
    }

    @Test("a suffix must start at a segment boundary; no match suggests ids containing the text")
    func notFound() throws {
        let catalogue = try catalogue()
        #expect(throws: PathwayLookupError.self) { try catalogue.resolve("degree") }
        do {
            _ = try catalogue.resolve("microcred")
            Issue.record("a partial segment resolved")
        } catch {
            #expect(error.description.hasPrefix("no pathway with id \"microcred\" (did you mean cairn:ladder:cmf-microcredential"))
            #expect(error.description.hasSuffix("`cairn pathways` lists them"))
        }
        #expect("\(PathwayLookupError.notFound(query: "zz", similar: []))" == "no pathway with id \"zz\"; `cairn pathways` lists them")
    }
}
