extension SearchState {
    /// An optimistic objective vector for every completion of the current partial allocation.
    ///
    /// Components 0–4 assume every undecided unit lands wherever it helps (caps, keys and averages
    /// ignored); components 5–8 only grow worse as units are placed, so their current values bound
    /// them. When the top two components tie the incumbent, a completion must also reach the
    /// incumbent's capped credit, which needs at least ⌈gap / largest remaining credit⌉ more units.
    func bound(depth: Int, best: [Int]?) -> [Int] {
        let reach = problem.leaves.indices.map(leafReach)
        let leafMet = problem.leaves.indices.map { l in
            leafCredit[l] + reach[l] >= problem.leaves[l].need
                && leafCount[l] + leafPotentialCount[l] >= problem.leaves[l].countNeed
        }
        let minimumMet = problem.minimums.indices.map { m in
            minimumCredit[m] + minimumReach(m) >= problem.minimums[m].creditMin
                && minimumCount[m] + minimumPotentialCount[m] >= problem.minimums[m].countMin
        }
        let nodeMet = NodeTree(problem: problem).met(leafMet: leafMet, minimumMet: minimumMet)
        var rootMet = problem.root.allSatisfy { nodeMet[$0] }
        var capped = 0, cappedNow = 0, cappedCount = 0, cappedCountNow = 0, weighted = 0, weightedNow = 0, excess = 0
        var requiredDeficit = 0
        for (l, leaf) in problem.leaves.enumerated() {
            capped += min(leafCredit[l] + reach[l], leaf.need)
            cappedNow += min(leafCredit[l], leaf.need)
            cappedCount += min(leafCount[l] + leafPotentialCount[l], leaf.countNeed)
            cappedCountNow += min(leafCount[l], leaf.countNeed)
            weighted += leaf.weight * min(leafCredit[l] + reach[l], leaf.need)
            weightedNow += leaf.weight * min(leafCredit[l], leaf.need)
            excess += max(0, leafCredit[l] - leaf.need)
            if problem.requiredLeaves[l] { requiredDeficit += max(0, leaf.need - leafCredit[l]) }
        }
        // Each undecided unit counts in one leaf at most: gaps together cannot exceed what is left.
        if requiredDeficit > remaining { rootMet = false }
        capped = min(capped, cappedNow + remaining)
        cappedCount = min(cappedCount, cappedCountNow + remainingUnits)
        weighted = min(weighted, weightedNow + problem.maxLeafWeight * remaining)
        var usedBound = used
        // At most as many open leaves close as the remaining credit covers (smallest gaps first).
        let top = [rootMet ? 1 : 0, nodeMet.filter { $0 }.count - unreachableLeaves(leafMet)]
        if let best, top[0] == best[0], top[1] == best[1], depth < problem.units.count {
            let gap = best[2] - cappedNow
            let largest = max(problem.units[depth].credit, 1)
            if gap > 0 { usedBound += (gap + largest - 1) / largest }
        }
        var result = top + [capped, cappedCount, weighted, -status, problem.truncations.isEmpty ? -excess : 0, -contested, -usedBound]
        // The costlier bounds only run when the cheap one does not already cut the subtree.
        if let best, Objective.greater(result, best) {
            refine(&result, depth: depth, best: best, cappedNow: cappedNow, requiredDeficit: requiredDeficit)
        }
        return result
    }

    /// Tightens `result` with the flow relaxation (root, capped credit) and, when every leaf must be
    /// filled to tie the incumbent, with the per-leaf fill bounds (surplus, units) and the earned-only
    /// flow (status).
    private func refine(_ result: inout [Int], depth: Int, best: [Int], cappedNow: Int, requiredDeficit: Int) {
        var gaps: [Int] = []
        var allFlow: Int?
        // One cut enumeration answers root, capped and (with nothing pending left) earned-only questions.
        func flowToAll(_ flow: FlowRelaxation) -> Int {
            if let known = allFlow { return known }
            let value = flowAdds(flow, gaps: gaps, mask: allLeavesMask, earnedOnly: false)
            allFlow = value
            return value
        }
        if let flow {
            gaps = problem.leaves.indices.map { max(0, problem.leaves[$0].need - leafCredit[$0]) }
            if result[0] == 1 && requiredDeficit > 0 {
                let requiredFlow = requiredMask == allLeavesMask ? flowToAll(flow) : flowAdds(flow, gaps: gaps, mask: requiredMask, earnedOnly: false)
                if requiredFlow < requiredDeficit { result[0] = 0 }
            }
            // The capped level only decides when the levels above tie the incumbent.
            if result[0] == best[0] && result[1] == best[1] { result[2] = min(result[2], cappedNow + flowToAll(flow)) }
            guard Objective.greater(result, best) else { return }
        }
        guard result[0] == best[0], result[1] == best[1], best[2] == totalNeed, depth < problem.units.count else { return }
        let fill = fillBounds(depth: depth)
        result[8] = min(result[8], -(used + fill.units))
        if problem.truncations.isEmpty { result[6] -= fill.overshoot }
        // Earned units alone cannot fill every gap: at least one pending or planned unit counts.
        if let flow {
            let fillable = gaps.indices.filter { fillableMask >> $0 & 1 == 1 }.map { gaps[$0] }.reduce(0, +)
            // Unit-less leaves always sit on the sink side of a minimum cut, so the all-leaves flow is
            // the fillable leaves' flow; without undecided pending or planned units it is the earned one.
            let earnedFlow = flow.hasOtherRemaining ? flowAdds(flow, gaps: gaps, mask: fillableMask, earnedOnly: true) : flowToAll(flow)
            if earnedFlow < fillable { result[5] -= 1 }
        }
        // Fewest credentials only decides when every level above it ties the incumbent.
        if problem.truncations.isEmpty, result[0..<8] == best[0..<8],
           let fewest = fewestUnits(depth: depth, overshootBudget: fill.overshoot) {
            result[8] = min(result[8], -(used + fewest))
        }
    }

    private func flowAdds(_ flow: FlowRelaxation, gaps: [Int], mask: Int, earnedOnly: Bool) -> Int {
        let room = flow.capIndex.map { k in max(0, (problem.caps[k].maxCredit ?? 0) - capCredit[k]) }
        return flow.maxFlow(gaps: gaps, leafMask: mask, capRoom: room, earnedOnly: earnedOnly)
    }

    /// How many optimistically met leaves must stay unmet because the remaining credit cannot
    /// close all their gaps (each unit counts in one leaf at most).
    private func unreachableLeaves(_ leafMet: [Bool]) -> Int {
        var gaps: [Int] = []
        for l in leafMet.indices where leafMet[l] && problem.leafHasNode[l] {
            let gap = problem.leaves[l].need - leafCredit[l]
            if gap > 0 { gaps.append(gap) }
        }
        guard gaps.reduce(0, +) > remaining else { return 0 }
        var budget = remaining
        var closable = 0
        for gap in gaps.sorted() where gap <= budget {
            budget -= gap
            closable += 1
        }
        return gaps.count - closable
    }
}
