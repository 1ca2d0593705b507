import Foundation
import Testing
@testable import WalletStacking

/// The relaxations the solver prunes with, each against an independent method.
@Suite struct BoundTests {
    @Test("subset-sum bitset reaches exactly the sums some subset adds up to")
    func subsetSums() {
        // Without cap room (one row) the capped bitset is the plain subset-sum bitset.
        var bits = CappedSubsetSums(limit: 130, room: 0)
        for size in [3, 5, 64, 70] { bits.add(size, capped: 0) }
        let reachable = Set((0...130).filter { bits.reaches($0, within: 0) })
        var brute: Set<Int> = [0]
        for size in [3, 5, 64, 70] { brute.formUnion(brute.map { $0 + size }.filter { $0 <= 130 }) }
        #expect(reachable == brute)
        #expect(reachable.contains(72) && !reachable.contains(71))
        #expect(bits.first(atLeast: 9, within: 0) == 64)
        #expect(bits.first(atLeast: 131, within: 0) == nil)
    }

    @Test("cut-enumeration flow bound equals Edmonds–Karp max flow on 300 generated instances")
    func flowMatchesAugmentingPaths() throws {
        var rng = SeededRandom(seed: 4_242)
        var compared = 0
        for _ in 0..<300 {
            let instance = SmallInstance.make(&rng, items: Int.random(in: 3...8, using: &rng))
            let pathway = try PathwayCatalogue.parse(instance.toml)
            let problem = Fixture.problem(pathway, instance.credentials)
            let state = SearchState(problem: problem)
            guard let flow = state.flow else { continue }
            let gaps = problem.leaves.map(\.need)
            let room = flow.capIndex.map { problem.caps[$0].maxCredit ?? 0 }
            for earnedOnly in [false, true] {
                let fast = flow.maxFlow(gaps: gaps, leafMask: state.allLeavesMask, capRoom: room, earnedOnly: earnedOnly)
                var reference = AugmentingFlow(problem: problem, earnedOnly: earnedOnly)
                #expect(fast == reference.maxFlow(), "\(instance.toml)")
            }
            compared += 1
        }
        #expect(compared > 250)
    }

    @Test("solving independent components separately gives the whole search's allocation")
    func componentsMatchWholeSearch() throws {
        var rng = SeededRandom(seed: 77)
        var decomposed = 0
        for _ in 0..<600 {
            let instance = SmallInstance.make(&rng, items: Int.random(in: 4...9, using: &rng))
            let pathway = try PathwayCatalogue.parse(instance.toml)
            let problem = Fixture.problem(pathway, instance.credentials)
            if ComponentSolver.components(problem).count > 1 { decomposed += 1 }
            let split = ComponentSolver.solve(problem, budget: SolveBudget())
            let whole = Solver(problem: problem, budget: SolveBudget()).solve()
            #expect(split.proved && whole.proved)
            #expect(split.assign == whole.assign, "\(instance.toml)")
            #expect(split.outcome.objective == whole.outcome.objective)
        }
        #expect(decomposed > 15)
    }

    @Test("a 60-credential wallet against overlapping pools with a cap is proved optimal within the default budget")
    func mediumInstanceIsProved() throws {
        var rng = SeededRandom(seed: 31)
        let sizes = [1.0, 2, 3, 4, 5, 6, 10, 15]
        let wallet = (0..<60).map { i in
            Fixture.credential(
                "c\(i)", sizes.randomElement(using: &rng) ?? 5, eqf: Int.random(in: 5...7, using: &rng),
                subjects: [["isced-f:0613", "isced-f:0542"].randomElement(using: &rng) ?? "isced-f:0613"],
                setting: Bool.random(using: &rng) ? "non-formal" : "formal",
                status: Int.random(in: 0..<4, using: &rng) == 0 ? .pending : .earned)
        }
        let pathway = try Fixture.pathway("""
        [[requirement]]
        id = "a"
        type = "pool"
        match = { subject_any = ["isced-f:0613"], eqf_min = 6 }
        ects = { min = 30 }
        [[requirement]]
        id = "b"
        type = "pool"
        match = { subject_any = ["isced-f:0613"], eqf_min = 5 }
        ects = { min = 12 }
        [[requirement]]
        id = "c"
        type = "pool"
        match = { subject_any = ["isced-f:0542"] }
        ects = { min = 20 }
        [[constraint]]
        id = "nf"
        over = { setting_in = ["non-formal"] }
        ects = { max = 10 }
        """)
        let result = try #require(StackingEngine(catalogue: PathwayCatalogue(pathways: [pathway])).evaluate(wallet, at: Fixture.day).first)
        #expect(!result.provisional)
        #expect(result.complete)
        let deeper = StackingEngine(catalogue: PathwayCatalogue(pathways: [pathway]), budget: SolveBudget(maxNodes: 2_000_000))
        #expect(deeper.evaluate(wallet, at: Fixture.day).first?.objective == result.objective)
    }
}

/// Independent max flow (Edmonds–Karp on an explicit network): source → cap node (room) → capped
/// units, source → other units (credit), unit → eligible leaf (unbounded), leaf → sink (need).
struct AugmentingFlow {
    var capacity: [[Int]]
    let source = 0
    let sink: Int

    init(problem: Problem, earnedOnly: Bool) {
        let caps = problem.caps.indices.filter { problem.caps[$0].maxCredit != nil }
        let capBase = 1, unitBase = 1 + caps.count, leafBase = unitBase + problem.units.count
        sink = leafBase + problem.leaves.count
        capacity = Array(repeating: Array(repeating: 0, count: sink + 1), count: sink + 1)
        for (c, k) in caps.enumerated() { capacity[source][capBase + c] = problem.caps[k].maxCredit ?? 0 }
        for (u, unit) in problem.units.enumerated() where !earnedOnly || unit.statusRank == 0 {
            if let first = unit.caps.first(where: { problem.caps[$0].maxCredit != nil }), let c = caps.firstIndex(of: first) {
                capacity[capBase + c][unitBase + u] = unit.credit
            } else {
                capacity[source][unitBase + u] = unit.credit
            }
            for l in unit.leaves { capacity[unitBase + u][leafBase + l] = Int.max / 4 }
        }
        for (l, leaf) in problem.leaves.enumerated() { capacity[leafBase + l][sink] = leaf.need }
    }

    mutating func maxFlow() -> Int {
        var total = 0
        while let path = augmentingPath() {
            var amount = Int.max
            for (a, b) in path { amount = min(amount, capacity[a][b]) }
            for (a, b) in path {
                capacity[a][b] -= amount
                capacity[b][a] += amount
            }
            total += amount
        }
        return total
    }

    private func augmentingPath() -> [(Int, Int)]? {
        var parent = Array(repeating: -1, count: capacity.count)
        parent[source] = source
        var queue = [source]
        while !queue.isEmpty {
            let node = queue.removeFirst()
            for next in capacity.indices where parent[next] < 0 && capacity[node][next] > 0 {
                parent[next] = node
                queue.append(next)
            }
        }
        guard parent[sink] >= 0 else { return nil }
        var path: [(Int, Int)] = []
        var node = sink
        while node != source {
            path.append((parent[node], node))
            node = parent[node]
        }
        return path
    }
}
