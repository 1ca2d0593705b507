extension Explainer {
    /// One entry per requirement and constraint, in file order.
    func requirementEntries() -> [RequirementResult] {
        let requirementCount = pathway.requirements.count
        return problem.nodes.indices.map { n in
            let (id, label) = n < requirementCount
                ? (pathway.requirements[n].id, label(n))
                : (pathway.constraints[n - requirementCount].id, pathway.constraints[n - requirementCount].label)
            let (credit, credentials) = contents(of: n)
            return RequirementResult(
                id: id, label: label, met: outcome.nodeMet[n], countedECTS: Credit.double(credit),
                requiredECTS: Credit.double(ProgrammeSize.minimum(of: n, in: pathway)), credentials: credentials)
        }
    }

    /// Counted credit and credential ids under node `n`.
    private func contents(of n: Int, depth: Int = 0) -> (Int, [String]) {
        switch problem.nodes[n] {
        case .leaf(let l):
            let inside = unitsIn(l)
            return (outcome.leafCredit[l], unique(inside.map { problem.units[$0].source }))
        case .minimum(let m):
            let inside = problem.units.indices.filter {
                outcome.counted[$0] > 0 && (problem.units[$0].softs + problem.units[$0].overlays).contains(m)
            }
            return (outcome.minimumCredit[m], unique(inside.map { problem.units[$0].source }))
        case .group(let children, _):
            guard depth < 32 else { return (0, []) }
            let parts = children.map { contents(of: $0, depth: depth + 1) }
            return (parts.map(\.0).reduce(0, +), unique(parts.flatMap(\.1)))
        case .waived:
            return (0, [])
        case .always:
            guard n >= pathway.requirements.count else { return (0, []) }
            let id = pathway.constraints[n - pathway.requirements.count].id
            let caps = Set(problem.caps.indices.filter { problem.caps[$0].id == id })
                .union(problem.truncations.indices.filter { problem.truncations[$0].id == id }.map { -1 - $0 })
            let inside = problem.units.indices.filter { u in
                outcome.counted[u] > 0 && (problem.units[u].caps.contains(where: caps.contains)
                    || problem.units[u].truncations.contains { caps.contains(-1 - $0) })
            }
            return (inside.map { outcome.counted[$0] }.reduce(0, +), unique(inside.map { problem.units[$0].source }))
        }
    }

    func unique(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }
}
