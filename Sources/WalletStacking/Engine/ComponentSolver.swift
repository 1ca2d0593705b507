/// Solves a problem as independent components when its objective separates (stacking.md § 4.2 step 4).
///
/// Units are linked when they share a leaf, a cap, a truncation, a minimum or a conflict group. With
/// no groups and every requirement/constraint node in the root, each objective level is a sum over
/// components (the root level follows: a component meets all its nodes exactly when its node count
/// is at its maximum), so the best allocation is the union of each component's best. Each component
/// is solved on a copy of the problem that keeps only its units (other leaves stay empty, adding the
/// same constant to every allocation), in the same canonical order, so the first optimum found is
/// the one the whole search would find: results are identical, the work is additive instead of
/// multiplicative. (Identical when both prove optimality in the solver's first phase; a later phase
/// starts from another incumbent and may return a different allocation of equal value.) The node
/// budget applies to each component.
enum ComponentSolver {
    static func solve(_ problem: Problem, budget: SolveBudget) -> Solution {
        let parts = components(problem)
        guard parts.count > 1 else { return Solver(problem: problem, budget: budget).solve() }
        var assign = Array(repeating: -1, count: problem.units.count)
        var proved = true
        var nodes = 0
        for part in parts {
            var sub = problem
            sub.units = part.map { problem.units[$0] }
            ProblemOrdering.reindex(&sub)
            let solution = Solver(problem: sub, budget: budget).solve()
            for (position, u) in part.enumerated() { assign[u] = solution.assign[position] }
            proved = proved && solution.proved
            nodes += solution.nodes
        }
        let outcome = Evaluator(problem: problem).evaluate(assign)
        let bound = proved ? outcome.objective : SearchState(problem: problem).bound(depth: 0, best: nil)
        return Solution(assign: assign, outcome: outcome, proved: proved, bound: bound, nodes: nodes)
    }

    /// Unit index lists (each in canonical order), or one list when the objective does not separate.
    static func components(_ problem: Problem) -> [[Int]] {
        let all = [Array(problem.units.indices)]
        guard !problem.hasGroups, problem.units.count > 1 else { return all }
        let inRoot = Set(problem.root)
        for (n, node) in problem.nodes.enumerated() {
            switch node {
            case .leaf, .minimum: if !inRoot.contains(n) { return all }
            default: continue
            }
        }
        var parent = Array(problem.units.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var owner: [String: Int] = [:]
        for (u, unit) in problem.units.enumerated() {
            let keys = unit.leaves.map { "l\($0)" } + unit.caps.map { "c\($0)" } + unit.truncations.map { "t\($0)" }
                + (unit.softs + unit.overlays).map { "m\($0)" } + unit.conflicts.map { "g\($0.group)" }
            for key in keys {
                if let other = owner[key] { parent[find(u)] = find(other) } else { owner[key] = u }
            }
        }
        let groups = Dictionary(grouping: problem.units.indices, by: find)
        return groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }
}
