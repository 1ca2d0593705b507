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
}
