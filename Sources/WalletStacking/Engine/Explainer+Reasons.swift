extension Explainer {
    /// Exactly one reason for every credential that does not count.
    func notCounted() -> [NotCounted] {
        // Per wallet position (as `compiled` is), so the wallet is walked without hashing its ids.
        var isCounted = [Bool](repeating: false, count: credentialIDs.count)
        var firstUnit = [Int?](repeating: nil, count: credentialIDs.count)
        for u in problem.units.indices.reversed() {
            let source = problem.units[u].sourceIndex
            firstUnit[source] = u
            if outcome.counted[u] > 0 { isCounted[source] = true }
        }
        let countedSources = Set(problem.units.indices.filter { outcome.counted[$0] > 0 }.map { problem.units[$0].source })
        return credentialIDs.indices.compactMap { index in
            guard !isCounted[index] else { return nil }
            let id = credentialIDs[index]
            if let rejection = compiled.rejected[index] {
                return NotCounted(credential: id, code: rejection.code, text: rejection.text)
            }
            guard let u = firstUnit[index] else {
                return NotCounted(credential: id, code: .ineligible, text: compiled.nearMiss[index]?.text ?? "matches no requirement")
            }
            let (code, text) = reason(u, counted: countedSources)
            return NotCounted(credential: id, code: code, text: text)
        }
    }

    private func reason(_ u: Int, counted: Set<String>) -> (ReasonCode, String) {
        let unit = problem.units[u]
        if let conflict = conflictReason(unit, counted: counted) { return conflict }
        if solution.assign[u] >= 0, outcome.counted[u] == 0, let t = unit.truncations.first {
            return (.excludedByCap, "\(problem.truncations[t].id): \(problem.truncations[t].text) — the cap is used up")
        }
        for k in unit.caps {
            let cap = problem.caps[k]
            let credit = capCredit(k)
            if let maximum = cap.maxCredit, credit + unit.credit > maximum {
                return (.excludedByCap, "\(cap.id): would exceed the cap (\(Credit.text(credit)) of \(Credit.text(maximum)) \(unitName) used) — \(cap.text)")
            }
            if let maximum = cap.maxCount, capCount(k) + 1 > maximum {
                return (.excludedByCap, "\(cap.id): at most \(maximum) credentials — \(cap.text)")
            }
        }
        let names = unit.leaves.map { pathway.requirements[problem.leaves[$0].requirement].id }
        let full = unit.leaves.filter { l in
            problem.leaves[l].maxCredit.map { outcome.leafCredit[l] + unit.credit > $0 } == true
                || problem.leaves[l].maxCount.map { outcome.leafCount[l] + 1 > $0 } == true
        }
        if full.count == unit.leaves.count && !full.isEmpty {
            return (.surplus, "would push \(names.joined(separator: ", ")) past its maximum (credentials count whole)")
        }
        return (.surplus, "eligible for \(names.joined(separator: ", ")) but not needed")
    }

    private func conflictReason(_ unit: Unit, counted: Set<String>) -> (ReasonCode, String)? {
        for (group, side) in unit.conflicts {
            let info = problem.conflicts[group]
            for (other, members) in info.sides.enumerated() where other != side {
                guard let winner = members.first(where: counted.contains) else { continue }
                switch info.kind {
                case .equivalence: return (.duplicateOf, "equivalent to \(winner), which counts instead")
                case .composite where side == 0: return (.partsCounted, "its parts count separately (\(members.filter(counted.contains).joined(separator: ", ")))")
                case .composite: return (.partOfCountedContainer, "part of \(winner), which counts as a whole")
                case .block where side == 0: return (.partsCounted, "its parts count separately (\(members.filter(counted.contains).joined(separator: ", ")))")
                case .block: return (.consumedByBlock, "consumed by the recognised block \(winner)")
                }
            }
        }
        return nil
    }

    private func capCredit(_ k: Int) -> Int {
        problem.units.indices.filter { solution.assign[$0] >= 0 && problem.units[$0].caps.contains(k) }
            .map { problem.units[$0].credit }.reduce(0, +)
    }

    private func capCount(_ k: Int) -> Int {
        problem.units.indices.filter { solution.assign[$0] >= 0 && problem.units[$0].caps.contains(k) }.count
    }
}
