extension ProblemBuilder {
    /// Builds leaves, caps, minimums and the node tree over the final units.
    func assemble(units inputUnits: [Unit], leafOf: [Int?], conflicts: [ConflictInfo]) -> Problem {
        var units = inputUnits
        let total = pathway.declaredTotal ?? ProgrammeSize.derive(pathway)
        var leaves: [Leaf] = []
        for (index, requirement) in pathway.requirements.enumerated() where leafOf[index] != nil {
            leaves.append(Leaf(
                requirement: index, need: requirement.creditMin ?? 0, countNeed: requirement.countMin ?? 0,
                maxCredit: requirement.creditMax, maxCount: requirement.countMax, distinct: requirement.distinct,
                same: requirement.same))
        }
        var problem = Problem(
            pathway: pathway, units: [], leaves: leaves, caps: [], truncations: [], minimums: [], nodes: [], root: [],
            conflicts: conflicts, total: total, waivedCredit: 0)
        addConstraints(&problem, units: &units)
        addSharingCaps(&problem, units: &units)
        addNodes(&problem, units: &units, leafOf: leafOf)
        annotate(&units, problem: problem)
        problem.units = units
        return problem
    }

    private func members(_ predicate: Predicate, _ units: [Unit]) -> [Int] {
        units.indices.filter { predicate.holds(for: PredicateSubject(credential: units[$0].facts, credit: units[$0].credit)) }
    }

    private func addConstraints(_ problem: inout Problem, units: inout [Unit]) {
        for constraint in pathway.constraints {
            let inside = members(constraint.over, units)
            var maxCredit = constraint.creditMax
            if let share = constraint.maxShare {
                let shareCredit = problem.total * share / 100
                maxCredit = min(maxCredit ?? shareCredit, shareCredit)
            }
            if let maxCredit {
                let cap = Cap(id: constraint.id, text: constraint.label, maxCredit: maxCredit, maxCount: nil)
                if constraint.mode == .truncate {
                    problem.truncations.append(cap)
                    for u in inside { units[u].truncations.append(problem.truncations.count - 1) }
                } else {
                    problem.caps.append(cap)
                    for u in inside { units[u].caps.append(problem.caps.count - 1) }
                }
            }
            if let maxCount = constraint.countMax {
                problem.caps.append(Cap(id: constraint.id, text: constraint.label, maxCredit: nil, maxCount: maxCount))
                for u in inside { units[u].caps.append(problem.caps.count - 1) }
            }
            if let perIssuer = constraint.perIssuerMax {
                let issuers = Set(inside.compactMap { units[$0].facts.issuerID }).sorted()
                for issuer in issuers {
                    problem.caps.append(Cap(id: constraint.id, text: "\(constraint.label) (\(issuer))", maxCredit: perIssuer, maxCount: nil))
                    for u in inside where units[u].facts.issuerID == issuer { units[u].caps.append(problem.caps.count - 1) }
                }
            }
        }
    }

    private func addSharingCaps(_ problem: inout Problem, units: inout [Unit]) {
        for (cap, sources) in context.sharingCaps {
            problem.caps.append(cap)
            for u in units.indices where sources.contains(units[u].source) { units[u].caps.append(problem.caps.count - 1) }
        }
    }
}
