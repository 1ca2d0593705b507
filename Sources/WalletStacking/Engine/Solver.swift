/// The work limit of one exact solve. Counted in search nodes, not seconds, so a result is the same
/// on every machine; a solve that hits it is labelled provisional with its bound.
public struct SolveBudget: Sendable, Equatable {
    public var maxNodes: Int

    public init(maxNodes: Int = 20_000) {
        self.maxNodes = maxNodes
    }
}

/// The allocation found, its evaluation, and whether it is proved optimal.
struct Solution {
    var assign: [Int]
    var outcome: Outcome
    /// False when the budget ran out before optimality was proved.
    var proved: Bool
    /// An upper bound on the objective (equal to it when proved).
    var bound: [Int]
    var nodes: Int
}

/// Exact branch and bound over unit placements under the lexicographic objective.
///
/// Units are visited in canonical order; interchangeable units are placed in non-decreasing order
/// (symmetry breaking). A subtree is cut when its optimistic objective vector is not strictly better
/// than the incumbent, so among equally good allocations the first in canonical order wins: the
/// result is deterministic and independent of the wallet's order.
final class Solver {
    let problem: Problem
    let evaluator: Evaluator
    let budget: SolveBudget
    var state: SearchState
    var assign: [Int]
    var best: Outcome?
    var bestAssign: [Int] = []
    var nodes = 0
    var exhausted = false

    init(problem: Problem, budget: SolveBudget) {
        self.problem = problem
        self.evaluator = Evaluator(problem: problem)
        self.budget = budget
        self.state = SearchState(problem: problem)
        self.assign = Array(repeating: -1, count: problem.units.count)
    }

    func solve() -> Solution {
        let rootBound = state.bound(depth: 0, best: nil)
        search(depth: 0)
        let outcome = best ?? evaluator.evaluate(assign)
        let chosen = best == nil ? assign : bestAssign
        return Solution(assign: chosen, outcome: outcome, proved: !exhausted, bound: exhausted ? rootBound : outcome.objective, nodes: nodes)
    }

    private func search(depth: Int) {
        nodes += 1
        if nodes > budget.maxNodes { exhausted = true }
        if exhausted { return }
        if depth == problem.units.count {
            // The bound is exact here except for truncation, keys and averages: skip hopeless leaves cheaply.
            if let best, !Objective.greater(state.bound(depth: depth, best: best.objective), best.objective) { return }
            let outcome = evaluator.evaluate(assign)
            if best.map({ Objective.greater(outcome.objective, $0.objective) }) ?? true {
                best = outcome
                bestAssign = assign
            }
            return
        }
        if let best, !Objective.greater(state.bound(depth: depth, best: best.objective), best.objective) { return }
        for value in choices(depth) {
            state.place(depth, value)
            assign[depth] = value
            search(depth: depth + 1)
            assign[depth] = -1
            state.unplace(depth, value)
            if exhausted { return }
        }
    }

    /// Feasible placements of unit `u`, most promising first; -1 = not placed.
    private func choices(_ u: Int) -> [Int] {
        let options = state.leaves[u]
        var minimumRank = 0
        if problem.sameAsPrevious[u] {
            let previous = assign[u - 1]
            minimumRank = previous < 0 ? options.count : (options.firstIndex(of: previous) ?? 0)
        }
        if minimumRank >= options.count { return [-1] }
        if let pin = problem.units[u].pinned, pin >= 0 {
            // A pin is honoured whenever the hard limits allow it (stacking.md S15).
            return options.contains(pin) && state.fits(u, pin) ? [pin] : [-1]
        }
        var needy: [Int] = []
        var rest: [Int] = []
        for rank in minimumRank..<options.count {
            let leaf = options[rank]
            guard state.fits(u, leaf) else { continue }
            if state.deficit(leaf) { needy.append(leaf) } else { rest.append(leaf) }
        }
        if needy.count > 1 {
            needy.sort { (problem.leaves[$0].weight, -$0) > (problem.leaves[$1].weight, -$1) }
        }
        needy.append(-1)
        return needy + rest
    }
}

/// Lexicographic comparison of objective vectors.
enum Objective {
    static func greater(_ a: [Int], _ b: [Int]) -> Bool {
        for (x, y) in zip(a, b) where x != y { return x > y }
        return false
    }
}
