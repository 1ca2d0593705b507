extension SearchState {
    /// An optimistic objective vector for every completion of the current partial allocation.
    ///
    /// Components 0–4 assume every undecided unit lands wherever it helps (caps, keys and averages
    /// ignored); components 5–8 only grow worse as units are placed, so their current values bound
    /// them. When the top two components tie the incumbent, a completion must also reach the
    /// incumbent's capped credit, which needs at least ⌈gap / largest remaining credit⌉ more units.
    func bound(depth: Int, best: [Int]?) -> [Int] {
        let leafMet = problem.leaves.indices.map { l in
            leafCredit[l] + leafPotential[l] >= problem.leaves[l].need
                && leafCount[l] + leafPotentialCount[l] >= problem.leaves[l].countNeed
        }
        let minimumMet = problem.minimums.indices.map { m in
            minimumCredit[m] + minimumPotential[m] >= problem.minimums[m].creditMin
                && minimumCount[m] + minimumPotentialCount[m] >= problem.minimums[m].countMin
        }
        let nodeMet = NodeTree(problem: problem).met(leafMet: leafMet, minimumMet: minimumMet)
        let rootMet = problem.root.allSatisfy { nodeMet[$0] }
        var capped = 0, cappedNow = 0, cappedCount = 0, weighted = 0, excess = 0
        for (l, leaf) in problem.leaves.enumerated() {
            capped += min(leafCredit[l] + leafPotential[l], leaf.need)
            cappedNow += min(leafCredit[l], leaf.need)
            cappedCount += min(leafCount[l] + leafPotentialCount[l], leaf.countNeed)
            weighted += leaf.weight * min(leafCredit[l] + leafPotential[l], leaf.need)
            excess += max(0, leafCredit[l] - leaf.need)
        }
        var usedBound = used
        let top = [rootMet ? 1 : 0, nodeMet.filter { $0 }.count]
        if let best, top[0] == best[0], top[1] == best[1], depth < problem.units.count {
            let gap = best[2] - cappedNow
            let largest = max(problem.units[depth].credit, 1)
            if gap > 0 { usedBound += (gap + largest - 1) / largest }
        }
        return top + [capped, cappedCount, weighted, -status, problem.truncations.isEmpty ? -excess : 0, -contested, -usedBound]
    }
}
