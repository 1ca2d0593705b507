import Foundation
import Testing
@testable import WalletStacking

/// The transposition table may change only the work the exact solver does, never its answer.
///
/// The table skips a partial allocation when an equivalent one (same leaf, cap and minimum sums,
/// key sets, grade sums, conflict sides) that was at least as good on the additive levels was
/// explored before. A state fact missing from the key, or a wrong "at least as good", would lose
/// the optimum or change which of several equally good allocations is returned — silently, and
/// only on large wallets: the table is consulted after `Solver.transpositionsAfter` nodes. So
/// these tests solve instances that pass that many nodes with the table on and off, and compare.
///
/// Exact equality (not only the objective) is expected when the first search phase completes in
/// both runs. The phases split the node budget, and an optimum proved in a later phase can be
/// another of several equally good allocations (that phase starts from a different incumbent), so
/// the solver-level runs get a budget far above what the instances need (the first phase alone gets
/// `Solver.phases[0].share` of it). The seeds were picked for instances needing roughly 1,300–60,000 nodes: enough
/// for the table to matter, quick enough for debug builds.
@Suite struct TranspositionTests {
    static let microdegree = "urn:example:pathway:microdegree:applied-data-science"
    static let msc = "urn:example:pathway:msc:data-science-90"

    static let withTable = SolveBudget(maxNodes: 2_000_000)
    static var withoutTable: SolveBudget {
        var budget = SolveBudget(maxNodes: 2_000_000)
        budget.transpositions = false
        return budget
    }

    /// A seeded wallet of `count` credentials meeting every eligibility rule of the examples (QA,
    /// summative, identity, recent), varied in everything the pathways match or key on.
    static func wallet(_ rng: inout SeededRandom, count: Int) -> [StackingCredential] {
        let subjects = ["isced-f:0613", "isced-f:0542", "isced-f:0688"]
        let tags = ["nlp", "vision", "supply-chain", "data"]
        return (0..<count).map { i in
            var credential = Fixture.credential(
                "w\(i)", Double(Int.random(in: 1...15, using: &rng)), eqf: Int.random(in: 5...7, using: &rng),
                subjects: [subjects.randomElement(using: &rng) ?? subjects[0]],
                tags: tags.filter { _ in Int.random(in: 0..<3, using: &rng) == 0 },
                setting: Int.random(in: 0..<3, using: &rng) == 0 ? "non-formal" : "formal",
                status: Int.random(in: 0..<4, using: &rng) == 0 ? .pending : .earned,
                grade: ["A", "B", "C", "D"].randomElement(using: &rng),
                track: ["t1", "t2"].randomElement(using: &rng),
                issued: "2024-0\(Int.random(in: 1...9, using: &rng))-15",
                issuer: ["urn:org:uni-a", "urn:org:uni-b", "urn:org:other"].randomElement(using: &rng),
                skills: Int.random(in: 0..<5, using: &rng) == 0 ? ["esco:skill/data-ethics"] : [])
            credential.issuerType = Int.random(in: 0..<3, using: &rng) == 0 ? "non-hei" : "hei"
            credential.qualityAssurance = ["esg-agency"]
            return credential
        }
    }

    /// 3–4 overlapping pools (some with a maximum or a `distinct` key), an exclude-mode non-formal
    /// cap, sometimes a non-HEI cap and an EQF 7 minimum.
    static func generatedPathway(_ rng: inout SeededRandom) throws -> Pathway {
        let subjects = ["isced-f:0613", "isced-f:0542", "isced-f:0688"]
        var body = ""
        var root: [String] = []
        for i in 0..<Int.random(in: 3...4, using: &rng) {
            var match: [String] = []
            let picked = subjects.filter { _ in Bool.random(using: &rng) }
            if !picked.isEmpty { match.append("subject_any = [\(picked.map { "\"\($0)\"" }.joined(separator: ", "))]") }
            if Int.random(in: 0..<3, using: &rng) == 0 { match.append("eqf_min = 7") }
            let min = Int.random(in: 2...6, using: &rng) * 5
            let max = Bool.random(using: &rng) ? ", max = \(min + Int.random(in: 0...2, using: &rng) * 5)" : ""
            let distinct = Int.random(in: 0..<4, using: &rng) == 0 ? "distinct = { by = \"isced-f-narrow\", min = 2 }\n" : ""
            body += "[[requirement]]\nid = \"r\(i)\"\ntype = \"pool\"\nmatch = { \(match.joined(separator: ", ")) }\nects = { min = \(min)\(max) }\n\(distinct)"
            root.append("r\(i)")
        }
        body += "[[constraint]]\nid = \"nf\"\nover = { setting_in = [\"non-formal\"] }\nects = { max = \(Int.random(in: 1...4, using: &rng) * 5) }\nmode = \"exclude\"\n"
        root.append("nf")
        if Bool.random(using: &rng) {
            body += "[[constraint]]\nid = \"nh\"\nover = { issuer_type_in = [\"non-hei\"] }\nects = { max = \(Int.random(in: 1...3, using: &rng) * 5) }\nmode = \"exclude\"\n"
            root.append("nh")
        }
        if Bool.random(using: &rng) {
            body += "[[constraint]]\nid = \"lv\"\nover = { eqf_min = 7 }\nects = { min = \(Int.random(in: 2...6, using: &rng) * 5) }\n"
            root.append("lv")
        }
        body += "[root]\nall = [\(root.map { "\"\($0)\"" }.joined(separator: ", "))]\n"
        return try Fixture.pathway(body, id: "gen")
    }

    /// Solves with and without the table: both proved, same allocation, same objective.
    /// Returns the nodes each run visited.
    static func compare(_ problem: Problem, _ label: String) -> (on: Int, off: Int) {
        let on = Solver(problem: problem, budget: withTable).solve()
        let off = Solver(problem: problem, budget: withoutTable).solve()
        #expect(on.proved && off.proved, "\(label): proved with table \(on.proved), without \(off.proved)")
        #expect(on.outcome.objective == off.outcome.objective, "\(label): objective \(on.outcome.objective) with table, \(off.outcome.objective) without")
        #expect(on.assign == off.assign, "\(label): allocation \(on.assign) with table, \(off.assign) without")
        return (on.nodes, off.nodes)
    }

    /// Every instance must reach the table, and in most it must have skipped work (else the
    /// comparison says nothing about it: regenerate seeds if the builder changes node counts).
    static func expectExercised(_ nodes: [(on: Int, off: Int)], _ family: String) {
        #expect(nodes.allSatisfy { $0.off > Solver.transpositionsAfter }, "\(family): \(nodes)")
        #expect(nodes.filter { $0.on < $0.off }.count * 2 >= nodes.count, "\(family): \(nodes)")
    }

    /// Compares built-in pathway `id` on one seeded 40–80-credential wallet per seed.
    static func compareBuiltIn(_ id: String, seeds: [UInt64], family: String) throws {
        let pathway = try #require(try PathwayCatalogue.builtIn().pathways.first { $0.id == id })
        var nodes: [(on: Int, off: Int)] = []
        for seed in seeds {
            var rng = SeededRandom(seed: seed)
            let wallet = Self.wallet(&rng, count: Int.random(in: 40...80, using: &rng))
            nodes.append(Self.compare(Fixture.problem(pathway, wallet), "\(family) seed \(seed)"))
        }
        Self.expectExercised(nodes, family)
    }

    @Test("microdegree (distinct keys, overlay, non-HEI cap, size band): same allocation with and without the table, 6 seeded wallets")
    func microdegreeSolver() throws {
        try Self.compareBuiltIn(Self.microdegree, seeds: [4, 12, 13, 15, 26, 27], family: "microdegree")
    }

    @Test("MSc (groups, average grade, prior-learning cap): same allocation with and without the table, 3 seeded wallets")
    func mscSolver() throws {
        try Self.compareBuiltIn(Self.msc, seeds: [3, 21, 22], family: "msc")
    }

    @Test("generated pathways (pool maxima, credit caps, distinct keys): same allocation with and without the table, 4 seeds")
    func generatedSolver() throws {
        var nodes: [(on: Int, off: Int)] = []
        for seed: UInt64 in [16, 17, 24, 29] {
            var rng = SeededRandom(seed: seed)
            let pathway = try Self.generatedPathway(&rng)
            let wallet = Self.wallet(&rng, count: Int.random(in: 40...80, using: &rng))
            nodes.append(Self.compare(Fixture.problem(pathway, wallet), "generated seed \(seed)"))
        }
        Self.expectExercised(nodes, "generated")
    }

    @Test("the whole built-in catalogue: the default budget agrees with no table and an ample budget, 5 seeded wallets")
    func wholeCatalogue() throws {
        let catalogue = try PathwayCatalogue.builtIn()
        let standard = StackingEngine(catalogue: catalogue)
        let reference = StackingEngine(catalogue: catalogue, budget: Self.withoutTable)
        let firstPhase = Int(Double(SolveBudget().maxNodes) * Solver.phases[0].share)
        var identical = 0, pastTable = 0
        for seed: UInt64 in [103, 105, 106, 112, 114] {
            var rng = SeededRandom(seed: seed)
            let wallet = Self.wallet(&rng, count: Int.random(in: 30...80, using: &rng))
            let results = standard.evaluate(wallet, at: Fixture.day)
            let expected = reference.evaluate(wallet, at: Fixture.day)
            #expect(results.map(\.id) == expected.map(\.id))
            for (result, other) in zip(results, expected) {
                let label = "seed \(seed) \(result.id)"
                #expect(!result.provisional && !other.provisional, "\(label)")
                #expect(result.objective == other.objective, "\(label)")
                // Proved within the first phase: the very same result (node counts aside).
                guard result.searchNodes <= firstPhase else { continue }
                var (a, b) = (result, other)
                (a.searchNodes, b.searchNodes) = (0, 0)
                #expect(a == b, "\(label)")
                identical += 1
                if result.searchNodes > Solver.transpositionsAfter { pastTable += 1 }
            }
        }
        #expect(identical > 80 && pastTable >= 3, "\(identical) identical, \(pastTable) past \(Solver.transpositionsAfter) nodes")
    }
}
