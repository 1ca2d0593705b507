/// Turns a solved allocation into a `PathwayResult`: requirement entries, counted credentials,
/// one reason per non-counted credential, and the cheapest completion of each unmet requirement.
struct Explainer {
    let compiled: Compiled
    let solution: Solution
    /// Every wallet credential id (flattened), in canonical order.
    let credentialIDs: [String]

    var problem: Problem { compiled.problem }
    var outcome: Outcome { solution.outcome }
    var pathway: Pathway { problem.pathway }
    var unitName: String { pathway.units.credit }

    func result() -> PathwayResult {
        let entries = requirementEntries()
        let counted = outcome.counted.reduce(0, +) + problem.waivedCredit
        var result = PathwayResult(
            id: pathway.id, title: pathway.title, kind: pathway.kind, complete: outcome.rootMet,
            provisional: !solution.proved,
            progress: Progress(
                countedECTS: Credit.double(counted), requiredECTS: Credit.double(problem.total),
                requirementsMet: entries.filter(\.met).count, requirementsTotal: entries.count),
            requirements: entries, missing: [], notCounted: notCounted())
        var notes = compiled.notes
        result.missing = MissingExplainer(explainer: self).missing(notes: &notes)
        result.counted = countedCredentials()
        result.notes = notes
        result.objective = outcome.objective
        result.bound = solution.bound
        result.searchNodes = solution.nodes
        return result
    }

    /// Units counted in leaf `l`.
    func unitsIn(_ l: Int) -> [Int] {
        problem.units.indices.filter { solution.assign[$0] == l && outcome.counted[$0] > 0 }
    }

    func label(_ requirement: Int) -> String {
        let r = pathway.requirements[requirement]
        return r.label.isEmpty ? r.id : r.label
    }

    private func countedCredentials() -> [CountedCredential] {
        problem.units.indices.compactMap { u in
            let l = solution.assign[u]
            guard l >= 0, outcome.counted[u] > 0 else { return nil }
            let unit = problem.units[u]
            let requirement = pathway.requirements[problem.leaves[l].requirement]
            var clauses = requirement.match.matchedClauses(for: PredicateSubject(credential: unit.facts, credit: unit.credit))
            if let block = unit.grantOf { clauses.insert("recognised block \(block)", at: 0) }
            if outcome.counted[u] < unit.credit { clauses.append("truncated from \(Credit.text(unit.credit)) by a cap") }
            return CountedCredential(credential: unit.source, requirement: requirement.id, ects: Credit.double(outcome.counted[u]), clauses: clauses)
        }
    }
}
