/// The work limit of one exact solve. Counted in search nodes, not seconds, so a result is the same
/// on every machine; a solve that hits it is labelled provisional with its bound.
public struct SolveBudget: Sendable, Equatable {
    public var maxNodes: Int

    /// Whether the solver skips partial allocations equivalent to ones already explored. Only the
    /// differential tests turn it off, to check that it changes nothing but the work done.
    var transpositions = true

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
/// than the incumbent, so among equally good allocations the first one found wins: the result is
/// deterministic and independent of the wallet's order.
///
/// The search runs in phases that differ only in the order placements are tried (see
/// `PlacementOrder`), each starting from the best allocation found so far. Depth-first search pays
/// dearly for a bad early decision: one order proves most problems in a few hundred nodes but can
/// dig into a subtree that cannot reach the best number of met requirements; the other finds
/// those allocations quickly. A phase that completes proves optimality; the node budget is shared.
final class Solver {
    /// (order, share of the node budget); the last phase gets whatever is left.
    static let phases: [(order: PlacementOrder, share: Double)] = [(.closeGapsFirst, 0.1), (.fillFirst, 0.25), (.closeGapsFirst, 1)]
    /// Nodes a solve runs before it consults the transposition table: most problems are proved in a
    /// few hundred nodes, where building state keys costs more than it saves; hard ones repeat
    /// states a lot (a 200,000-node proof took 43,000 with the table).
    static let transpositionsAfter = 1_000

    let problem: Problem
    let evaluator: Evaluator
    let budget: SolveBudget
    var state: SearchState
    var table: TranspositionTable?
    var assign: [Int]
    var best: Outcome?
    var bestAssign: [Int] = []
    var nodes = 0
    var limit = 0
    var exhausted = false
    var order = PlacementOrder.closeGapsFirst

    init(problem: Problem, budget: SolveBudget) {
        self.problem = problem
        self.evaluator = Evaluator(problem: problem)
        self.budget = budget
        self.state = SearchState(problem: problem)
        self.assign = Array(repeating: -1, count: problem.units.count)
    }

    func solve() -> Solution {
        let rootBound = state.bound(depth: 0, best: nil)
        for (index, phase) in Self.phases.enumerated() {
            let isLast = index == Self.phases.count - 1
            limit = isLast ? budget.maxNodes : min(budget.maxNodes, nodes + Int(Double(budget.maxNodes) * phase.share))
            order = phase.order
            exhausted = false
            // Entries of an interrupted phase may stand for subtrees that were not finished.
            table = budget.transpositions ? TranspositionTable(problem: problem) : nil
            search(depth: 0)
            if !exhausted || nodes >= budget.maxNodes { break }
        }
        let outcome = best ?? evaluator.evaluate(assign)
        let chosen = best == nil ? assign : bestAssign
        return Solution(assign: chosen, outcome: outcome, proved: !exhausted, bound: exhausted ? rootBound : outcome.objective, nodes: nodes)
    }

    private func search(depth: Int) {
        nodes += 1
        if nodes > limit { exhausted = true }
        if exhausted { return }
        if depth > 0, nodes > Self.transpositionsAfter, let table, table.skip(depth: depth, state: state, assign: assign) { return }
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
            table?.place(depth, value)
            assign[depth] = value
            search(depth: depth + 1)
            assign[depth] = -1
            table?.unplace(depth, value)
            state.unplace(depth, value)
            if exhausted { return }
        }
    }

    /// Feasible placements of unit `u` in the phase's order; -1 = not placed.
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
        var closing: [Int] = []
        var overshooting: [Int] = []
        var rest: [Int] = []
        for rank in minimumRank..<options.count {
            let leaf = options[rank]
            guard state.fits(u, leaf) else { continue }
            if !state.deficit(leaf) {
                rest.append(leaf)
            } else if state.leafCredit[leaf] + problem.units[u].credit > problem.leaves[leaf].need {
                overshooting.append(leaf)
            } else {
                closing.append(leaf)
            }
        }
        let heavierFirst: (Int, Int) -> Bool = { (self.problem.leaves[$0].weight, -$0) > (self.problem.leaves[$1].weight, -$1) }
        switch order {
        case .closeGapsFirst:
            if closing.count > 1 { closing.sort(by: heavierFirst) }
            if overshooting.count > 1 { overshooting.sort(by: heavierFirst) }
            return closing + [-1] + overshooting + rest
        case .fillFirst:
            var needy = closing + overshooting
            if needy.count > 1 { needy.sort(by: heavierFirst) }
            return needy + [-1] + rest
        }
    }
}

/// Lexicographic comparison of objective vectors.
enum Objective {
    static func greater(_ a: [Int], _ b: [Int]) -> Bool {
        for (x, y) in zip(a, b) where x != y { return x > y }
        return false
    }
}
