/// The cheapest completion of each unmet requirement the pathway still needs (stacking.md § 5).
///
/// The allocation already maximises capped progress, so its deficits are the smallest total top-up
/// (with gaps steered into broad requirements, S21). Each text names what a new credential must be
/// like, which held credentials could serve but count elsewhere (swaps), and no-split surpluses.
struct MissingExplainer {
    let explainer: Explainer

    var problem: Problem { explainer.problem }
    var outcome: Outcome { explainer.outcome }
    var unit: String { explainer.unitName }

    func missing(notes: inout [CredentialNote]) -> [MissingItem] {
        var items: [MissingItem] = []
        for n in needed() {
            switch problem.nodes[n] {
            case .leaf(let l): items.append(leafGap(l, notes: &notes))
            case .minimum(let m): items.append(minimumGap(m, node: n))
            default: continue
            }
        }
        return items
    }

    /// Unmet nodes whose completion the root needs; for choose-k, the cheapest missing options.
    private func needed() -> [Int] {
        var result: [Int] = []
        var seen: Set<Int> = []
        func visit(_ n: Int, _ depth: Int) {
            guard !outcome.nodeMet[n], depth < 32, seen.insert(n).inserted else { return }
            switch problem.nodes[n] {
            case .group(let children, let choose):
                let unmet = children.filter { !outcome.nodeMet[$0] }
                let take = (choose ?? children.count) - (children.count - unmet.count)
                let cheapest = unmet.sorted { (gap($0), $0) < (gap($1), $1) }.prefix(max(0, take))
                for child in cheapest { visit(child, depth + 1) }
            default: result.append(n)
            }
        }
        for n in problem.root { visit(n, 0) }
        return result
    }

    private func gap(_ n: Int) -> Int {
        if case .leaf(let l) = problem.nodes[n] { return max(0, problem.leaves[l].need - outcome.leafCredit[l]) }
        return ProgrammeSize.minimum(of: n, in: problem.pathway)
    }

    private func leafGap(_ l: Int, notes: inout [CredentialNote]) -> MissingItem {
        let leaf = problem.leaves[l]
        let requirement = problem.pathway.requirements[leaf.requirement]
        let deficit = max(0, leaf.need - outcome.leafCredit[l])
        let what = requirement.match.isAlways ? "" : " \(requirement.match.summary)"
        var parts: [String] = []
        if deficit > 0 { parts.append("\(Credit.text(deficit)) \(unit) more\(what)") }
        let countDeficit = leaf.countNeed - outcome.leafCount[l]
        if countDeficit > 0 { parts.append("\(countDeficit) more credential\(countDeficit == 1 ? "" : "s")\(what)") }
        if parts.isEmpty { parts.append(keyGap(leaf)) }
        var text = parts.joined(separator: " and ") + " (\(explainer.label(leaf.requirement)))"
        if let advice = requirement.advice { text += ". \(advice)" }
        text += swaps(l)
        if deficit > 0, let note = noSplit(l, deficit: deficit) {
            text += ". NO_SPLIT: \(note)"
            notes.append(CredentialNote(credential: "", code: .noSplit, text: note))
        }
        return MissingItem(requirement: requirement.id, ects: Credit.double(deficit), text: text)
    }

    private func keyGap(_ leaf: Leaf) -> String {
        if let distinct = leaf.distinct { return "credentials from at least \(distinct.min) different \(distinct.by) values" }
        if let name = leaf.same.first { return "counted credentials that all share one \(name)" }
        return "a counted credential"
    }

    /// Held credentials eligible here that count elsewhere: moving them would open another gap.
    private func swaps(_ l: Int) -> String {
        let elsewhere = problem.units.indices.filter { u in
            let at = explainer.solution.assign[u]
            return at >= 0 && at != l && problem.units[u].leaves.contains(l)
        }
        guard !elsewhere.isEmpty else { return "" }
        let listed = elsewhere.prefix(3).map { u in
            "\(problem.units[u].source) counts toward \(problem.pathway.requirements[problem.leaves[explainer.solution.assign[u]].requirement].id)"
        }
        return ". Could also count here but is needed elsewhere: " + listed.joined(separator: "; ")
    }

    private func noSplit(_ l: Int, deficit: Int) -> String? {
        for other in problem.leaves.indices where other != l {
            let surplus = outcome.leafCredit[other] - problem.leaves[other].need
            guard surplus > 0, explainer.unitsIn(other).contains(where: { problem.units[$0].leaves.contains(l) }) else { continue }
            let name = problem.pathway.requirements[problem.leaves[other].requirement].id
            return "\(name) has \(Credit.text(surplus)) surplus \(unit) that cannot be transferred (credentials are not split)"
        }
        return nil
    }

    private func minimumGap(_ m: Int, node: Int) -> MissingItem {
        let minimum = problem.minimums[m]
        let requirementCount = problem.pathway.requirements.count
        let (id, label, predicate): (String, String, Predicate) = node < requirementCount
            ? (problem.pathway.requirements[node].id, explainer.label(node), problem.pathway.requirements[node].match)
            : (problem.pathway.constraints[node - requirementCount].id, problem.pathway.constraints[node - requirementCount].label,
               problem.pathway.constraints[node - requirementCount].over)
        let deficit = max(0, minimum.creditMin - outcome.minimumCredit[m])
        let countDeficit = minimum.countMin - outcome.minimumCount[m]
        let what = predicate.isAlways ? "" : " \(predicate.summary)"
        var text: String
        if deficit > 0 {
            text = "\(Credit.text(deficit)) \(unit) more counted\(what)"
        } else if countDeficit > 0 {
            text = "\(countDeficit) more counted credential\(countDeficit == 1 ? "" : "s")\(what)"
        } else if let average = minimum.avgGrade {
            text = "a higher weighted average grade among counted graded credentials (at least \(average.minText))"
        } else {
            text = "a counted credential\(what)"
        }
        return MissingItem(requirement: id, ects: Credit.double(deficit), text: "\(text) (\(label))")
    }
}
