import Foundation
import Testing
@testable import WalletStacking

/// The cap-aware pieces of the solver's bounds, each against exhaustive enumeration.
///
/// The solver prunes a subtree when its optimistic objective is no better than the incumbent, so a
/// bound that is too *tight* (above the true optimum of some completion) silently loses optimal
/// allocations — no other test would notice unless it happened to hit that instance. These tests
/// check the three building blocks on their own: the per-room subset sums, the min-plus
/// combination over shared cap room, and the fewest-units count table.
@Suite struct CappedBoundTests {
    /// Every subset of `items` as (sum, capped part), by enumeration.
    static func subsets(_ items: [(size: Int, capped: Bool)]) -> [(sum: Int, capped: Int)] {
        (0..<(1 << items.count)).map { mask in
            var sum = 0, capped = 0
            for (i, item) in items.enumerated() where mask >> i & 1 == 1 {
                sum += item.size
                if item.capped { capped += item.size }
            }
            return (sum, capped)
        }
    }

    @Test("capped subset sums answer 'smallest sum ≥ v within room r' like enumeration, on 400 seeded item lists")
    func cappedSubsetSums() {
        var rng = SeededRandom(seed: 20_261_123)
        var checked = 0, truncated = 0
        for _ in 0..<400 {
            let items = (0..<Int.random(in: 1...12, using: &rng)).map { _ in
                (size: Int.random(in: 1...9, using: &rng), capped: Int.random(in: 0..<3, using: &rng) == 0)
            }
            let room = Int.random(in: 0...10, using: &rng)
            let total = items.map(\.size).reduce(0, +)
            // Sometimes below the total: sums above the limit are not tracked at all.
            let limit = Bool.random(using: &rng) ? total : Int.random(in: 1...max(1, total), using: &rng)
            if limit < total { truncated += 1 }
            var table = CappedSubsetSums(limit: limit, room: room)
            for item in items { table.add(item.size, capped: item.capped ? item.size : 0) }
            let reachable = Self.subsets(items).filter { $0.sum <= limit }
            let exact = Set(reachable.map { [$0.sum, $0.capped] })
            var wrong: [String] = []
            for r in 0...room {
                // Smallest enumerated sum ≥ value with capped part ≤ r, for every value (scanning down).
                let sums = Set(reachable.filter { $0.capped <= r }.map(\.sum))
                var expected = Array(repeating: Int?.none, count: limit + 2)
                for value in stride(from: limit, through: 0, by: -1) { expected[value] = sums.contains(value) ? value : expected[value + 1] }
                for value in 0...(limit + 1) {
                    let first = table.first(atLeast: value, within: r)
                    if first != expected[value] { wrong.append("first(atLeast: \(value), within: \(r)) = \(first.map(String.init) ?? "nil"), expected \(expected[value].map(String.init) ?? "nil")") }
                    if value <= limit && table.reaches(value, within: r) != exact.contains([value, r]) { wrong.append("reaches(\(value), within: \(r)) wrong") }
                    checked += 1
                }
            }
            #expect(wrong.isEmpty, "items \(items) room \(room) limit \(limit): \(wrong.prefix(5))")
        }
        #expect(checked > 10_000 && truncated > 100)
    }

    @Test("combining per-leaf overshoot tables over shared room equals the best split of the room, on 500 seeded tables")
    func combineMatchesBestSplit() {
        var rng = SeededRandom(seed: 8_128)
        var nonZero = 0
        for _ in 0..<500 {
            let room = Int.random(in: 0...6, using: &rng)
            // Like `minimalOvershoot`: non-increasing in the room, unreachable (Int.max) below some room,
            // reachable with all of it. No split within the room at all gives 0 (always valid).
            let tables = (0..<Int.random(in: 0...4, using: &rng)).map { _ -> [Int] in
                let reachableFrom = Int.random(in: 0...room, using: &rng)
                var value = Int.random(in: 0...40, using: &rng)
                return (0...room).map { r in
                    guard r >= reachableFrom else { return Int.max }
                    if r > reachableFrom { value = max(0, value - Int.random(in: 0...8, using: &rng)) }
                    return value
                }
            }
            // Every way to split at most `room` between the leaves, by enumeration.
            var best = Int.max
            func split(_ i: Int, _ left: Int, _ sum: Int) {
                guard i < tables.count else { best = min(best, sum); return }
                for a in 0...left where tables[i][a] != Int.max { split(i + 1, left - a, sum + tables[i][a]) }
            }
            split(0, room, 0)
            let expected = best == Int.max ? 0 : best
            let combined = SearchState.combine(tables)
            #expect(combined == expected, "room \(room) tables \(tables)")
            if expected > 0 { nonZero += 1 }
        }
        #expect(nonZero > 200)
    }

    @Test("count-table combination is the exact min-plus over both budgets, or a weaker bound when too large, on 300 seeded tables")
    func countTableCombination() {
        var rng = SeededRandom(seed: 5_150)
        var finite = 0
        for _ in 0..<300 {
            let room = Int.random(in: 0...5, using: &rng), slack = Int.random(in: 0...5, using: &rng)
            let make = { (rng: inout SeededRandom) -> CountTable in
                // Like `leafCountTable`: non-increasing in r and t, `none` where nothing fits.
                var table = CountTable(room: room, slack: slack)
                for r in 0...room { for t in 0...slack {
                    var value = Int.random(in: 0...3, using: &rng) == 0 ? CountTable.none : Int.random(in: 1...6, using: &rng)
                    if r > 0 { value = min(value, table[r - 1, t]) }
                    if t > 0 { value = min(value, table[r, t - 1]) }
                    table[r, t] = value
                } }
                return table
            }
            let a = make(&rng), b = make(&rng)
            let exact = a.combined(with: b, limit: Int.max)
            let cells = (room + 1) * (slack + 1)
            let weaker = a.combined(with: b, limit: Int.random(in: 0..<cells, using: &rng))
            for r in 0...room { for t in 0...slack {
                var expected = CountTable.none
                for x in 0...r { for y in 0...t { expected = min(expected, a[x, y] + b[r - x, t - y]) } }
                #expect(exact[r, t] == expected, "room \(room) slack \(slack) at \(r),\(t)")
                if expected < CountTable.none { finite += 1 }
                // The fallbacks relax the shared budgets, so they may only be lower. Any value from
                // `none` up means "nothing fits" (the fallbacks add two of them without clamping).
                #expect(min(weaker[r, t], CountTable.none) <= exact[r, t], "room \(room) slack \(slack) at \(r),\(t)")
            } }
        }
        #expect(finite > 1_000)
    }

    /// A random small instance with a non-formal credit cap, credits on a step of 0.5, 1 or 2 ECTS.
    static func cappedInstance(_ rng: inout SeededRandom) -> SmallInstance {
        var instance = SmallInstance.make(&rng, items: Int.random(in: 3...8, using: &rng))
        instance.cap = [200, 300, 400, 600, 800].randomElement(using: &rng)
        let palette = [[200, 400, 600], [200, 300, 400, 500, 600], [150, 200, 250, 300, 450]].randomElement(using: &rng) ?? []
        for i in instance.items.indices {
            instance.items[i].credit = palette.randomElement(using: &rng) ?? 200
            instance.items[i].nonFormal = Bool.random(using: &rng)
        }
        return instance
    }

    @Test("fewest units to close every gap within an overshoot budget never exceeds enumeration, on 300 seeded problems")
    func fewestUnitsIsALowerBound() throws {
        var rng = SeededRandom(seed: 1_729)
        var compared = 0, tight = 0, placedFirst = 0
        for _ in 0..<300 {
            let instance = Self.cappedInstance(&rng)
            let pathway = try PathwayCatalogue.parse(instance.toml)
            let problem = Fixture.problem(pathway, instance.credentials)
            guard !problem.units.isEmpty else { continue }
            let state = SearchState(problem: problem)
            // Half the time decide the first units (placed or left out) so the bound runs mid-search.
            let depth = Bool.random(using: &rng) ? 0 : Int.random(in: 0...min(2, problem.units.count - 1), using: &rng)
            for u in 0..<depth {
                let leaf = ([-1] + problem.units[u].leaves.filter { state.fits(u, $0) }).randomElement(using: &rng) ?? -1
                state.place(u, leaf)
            }
            if depth > 0 { placedFirst += 1 }
            let fewest = BruteFill(problem: problem, state: state, depth: depth).fewestByOvershoot()
            let context = "\(instance.toml)\n\(instance.items)\ndepth \(depth) placed \(state.leafCredit)"
            for budget in [0, 50, 100, 150, 200, 300, 500, 800, 1_200] {
                // Fewest units over every completion whose overshoot is within the budget.
                guard let expected = fewest.filter({ $0.key <= budget }).map(\.value).min() else { continue }
                guard let bound = state.fewestUnits(depth: depth, overshootBudget: budget) else { continue }
                #expect(bound <= expected, "budget \(budget): bound \(bound) > \(expected) by enumeration\n\(context)")
                compared += 1
                if bound == expected { tight += 1 }
            }
            // The per-leaf fill bounds the count table refines: fewest units and least overshoot.
            if let fewestUnits = fewest.values.min(), let leastOvershoot = fewest.keys.min() {
                let fill = state.fillBounds(depth: depth)
                #expect(fill.units <= fewestUnits, "fill units \(fill.units) > \(fewestUnits)\n\(context)")
                #expect(fill.overshoot <= leastOvershoot, "fill overshoot \(fill.overshoot) > \(leastOvershoot)\n\(context)")
            }
        }
        // Not vacuous: many comparisons, most of them exact (a bound of 0 would fail this).
        #expect(compared > 300 && placedFirst > 50)
        #expect(tight * 10 > compared * 7, "\(tight) of \(compared) tight")
    }
}

/// Enumerates every completion of a partial allocation that closes the gap of every open leaf
/// (one that has a gap and an undecided eligible unit), each undecided unit in at most one leaf,
/// with the credit of units under the overshoot cap (the credit cap with the most members)
/// within its remaining room. Other limits are ignored: the bounds relax them too, so the
/// enumerated minimum is the strongest value they must not exceed.
struct BruteFill {
    let problem: Problem
    let state: SearchState
    let depth: Int

    /// Per total overshoot (hundredths) reached by some such completion: the fewest units it used.
    func fewestByOvershoot() -> [Int: Int] {
        let units = Array(depth..<problem.units.count)
        let open = problem.leaves.indices.filter { l in
            state.leafCredit[l] < problem.leaves[l].need && units.contains { problem.units[$0].leaves.contains(l) }
        }
        let creditCaps = problem.caps.indices.filter { problem.caps[$0].maxCredit != nil }
        let members = creditCaps.map { k in problem.units.filter { $0.caps.contains(k) }.count }
        var capped = Array(repeating: false, count: problem.units.count)
        var room = Int.max
        if let best = members.max(), best > 0, let k = creditCaps.indices.first(where: { members[$0] == best }).map({ creditCaps[$0] }) {
            room = max(0, (problem.caps[k].maxCredit ?? 0) - state.capCredit[k])
            for u in problem.units.indices { capped[u] = problem.units[u].caps.contains(k) }
        }
        var credit = state.leafCredit
        var result: [Int: Int] = [:]
        func visit(_ i: Int, used: Int, roomLeft: Int) {
            if i == units.count {
                guard open.allSatisfy({ credit[$0] >= problem.leaves[$0].need }) else { return }
                let overshoot = open.map { credit[$0] - problem.leaves[$0].need }.reduce(0, +)
                result[overshoot] = min(result[overshoot] ?? Int.max, used)
                return
            }
            let u = units[i], amount = problem.units[u].credit
            visit(i + 1, used: used, roomLeft: roomLeft)
            if capped[u] && amount > roomLeft { return }
            for l in problem.units[u].leaves where open.contains(l) {
                credit[l] += amount
                visit(i + 1, used: used + 1, roomLeft: capped[u] ? roomLeft - amount : roomLeft)
                credit[l] -= amount
            }
        }
        visit(0, used: 0, roomLeft: room)
        return result
    }
}
