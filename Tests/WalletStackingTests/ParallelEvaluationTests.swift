import Foundation
import Testing
@testable import WalletStacking

/// Independent pathways are solved on all cores; the answer must be the one a lone, sequential
/// evaluation of each pathway gives.
@Suite struct ParallelEvaluationTests {
    @Test("evaluating the whole catalogue at once equals evaluating each pathway on its own")
    func wholeEqualsEach() throws {
        var rng = SeededRandom(seed: 4_242)
        let builtIn = try PathwayCatalogue.builtIn()
        for _ in 0..<3 {
            let instance = SmallInstance.make(&rng, items: 10)
            let catalogue = PathwayCatalogue(pathways: builtIn.pathways + [try PathwayCatalogue.parse(instance.toml)])
            let engine = StackingEngine(catalogue: catalogue)
            let whole = engine.evaluate(instance.credentials, at: Fixture.day)
            #expect(whole.map(\.id) == catalogue.pathways.map(\.id), "results come back in catalogue order")
            for result in whole {
                let alone = engine.evaluate(instance.credentials, at: Fixture.day, only: result.id)
                #expect(alone == [result], "\(result.id)")
            }
        }
    }

    @Test("the one-pass set of pathways with a sharing partner equals asking partners(of:) for each")
    func partnerSet() throws {
        var rng = SeededRandom(seed: 77)
        let base = try Fixture.pathway(Fixture.pool("R", min: 5))
        for round in 0..<200 {
            let count = Int.random(in: 1...6, using: &rng)
            let pathways = (0..<count).map { index in
                var pathway = base
                pathway.id = "p\(index)"
                let limits = (0..<Int.random(in: 0...2, using: &rng)).map { _ in
                    // Sometimes itself or a pathway not in the catalogue: neither makes a partner.
                    SharingLimit(with: "p\(Int.random(in: 0...7, using: &rng))", maxCredit: 500, maxCount: nil)
                }
                pathway.sharing = Sharing(forbiddenByDefault: Int.random(in: 0..<12, using: &rng) == 0, limits: limits)
                return pathway
            }
            let engine = StackingEngine(catalogue: PathwayCatalogue(pathways: pathways))
            let expected = Set(pathways.map(\.id).filter { !engine.partners(of: $0).isEmpty })
            #expect(engine.pathwaysWithPartners() == expected, "round \(round)")
        }
    }
}
