import Foundation
import Testing
@testable import WalletStacking

/// The solver against brute-force enumeration, plus order-independence and monotonicity properties.
@Suite struct CrossCheckTests {
    /// Credentials that match no pool never reach the solver, but the brute force enumerates all.
    @Test("branch and bound equals brute-force enumeration on 600 seeded instances")
    func crossCheck() throws {
        var rng = SeededRandom(seed: 20_251_123)
        var compared = 0
        for _ in 0..<600 {
            let instance = SmallInstance.make(&rng, items: Int.random(in: 3...6, using: &rng))
            let pathway = try PathwayCatalogue.parse(instance.toml)
            let engine = StackingEngine(catalogue: PathwayCatalogue(pathways: [pathway]))
            let result = try #require(engine.evaluate(instance.credentials, at: Fixture.day).first)
            let expected = BruteForce(instance: instance).best()
            #expect(!result.provisional)
            #expect(result.objective == expected, "\(instance.toml)\n\(instance.items)")
            compared += 1
        }
        #expect(compared == 600)
    }

    @Test("shuffling the wallet never changes the result")
    func shuffleInvariance() throws {
        var rng = SeededRandom(seed: 7)
        let builtIn = try PathwayCatalogue.builtIn()
        for round in 0..<40 {
            let instance = SmallInstance.make(&rng, items: 8)
            let catalogue = PathwayCatalogue(pathways: [try PathwayCatalogue.parse(instance.toml)] + (round < 5 ? builtIn.pathways : []))
            let engine = StackingEngine(catalogue: catalogue)
            let wallet = instance.credentials
            let reference = engine.evaluate(wallet, at: Fixture.day)
            for _ in 0..<3 {
                #expect(engine.evaluate(wallet.shuffled(using: &rng), at: Fixture.day) == reference)
            }
        }
    }

    @Test("adding a credential never lowers completion or the number of satisfied requirements")
    func monotone() throws {
        var rng = SeededRandom(seed: 99)
        for _ in 0..<300 {
            let instance = SmallInstance.make(&rng, items: Int.random(in: 2...6, using: &rng))
            var bigger = instance
            bigger.items.append(SmallInstance.make(&rng, items: 1).items[0])
            bigger.items[bigger.items.count - 1].id = "new"
            let engine = StackingEngine(catalogue: PathwayCatalogue(pathways: [try PathwayCatalogue.parse(instance.toml)]))
            let before = try #require(engine.evaluate(instance.credentials, at: Fixture.day).first)
            let after = try #require(engine.evaluate(bigger.credentials, at: Fixture.day).first)
            #expect(after.complete || !before.complete)
            if after.complete == before.complete {
                #expect(after.progress.requirementsMet >= before.progress.requirementsMet)
            }
        }
    }
}
