import Foundation
import Testing
@testable import WalletStacking

/// The run's `MatchMemo` shares screenings, verdicts and near-miss texts between pathways. It must
/// change nothing a learner sees: every pathway's result with one memo shared across the whole
/// catalogue equals its result compiled with no memo at all.
@Suite struct MatchMemoTests {
    @Test("a memo shared by every pathway gives the results of compiling each pathway without one")
    func sharedEqualsNone() throws {
        var rng = SeededRandom(seed: 5_150)
        let builtIn = try PathwayCatalogue.builtIn().pathways
        let generated = try (0..<12).map { index in
            var pathway = try TranspositionTests.generatedPathway(&rng)
            pathway.id = "generated-\(index)"
            return pathway
        }
        let engine = StackingEngine(catalogue: PathwayCatalogue(pathways: builtIn + generated))
        var compared = 0, withNearMiss = 0
        for _ in 0..<2 {
            let wallet = StackingEngine.flatten(TranspositionTests.wallet(&rng, count: Int.random(in: 20...60, using: &rng)))
            let memo = MatchMemo(credentialIDs: wallet.map(\.id))
            for pathway in engine.catalogue.pathways {
                var shared = ProblemContext(auditDate: Fixture.day)
                shared.memo = memo
                let remembered = engine.solve(pathway, credentials: wallet, context: shared)
                let fresh = engine.solve(pathway, credentials: wallet, context: ProblemContext(auditDate: Fixture.day))
                #expect(remembered == fresh, "\(pathway.id)")
                compared += 1
                if fresh.notCounted.contains(where: { $0.text.hasPrefix("matches no requirement — ") }) { withNearMiss += 1 }
            }
        }
        #expect(compared == 2 * (builtIn.count + 12))
        #expect(withNearMiss * 4 > compared, "the near-miss texts are exercised: \(withNearMiss) of \(compared)")
    }
}
