extension SearchState {
    /// The credit leaf `l` can still gain: every undecided eligible unit, except that units under a
    /// credit cap together add at most the room left under it. (A leaf's gap behind an exhausted
    /// cap — "45 ECTS of prior learning at most" — is then seen as unreachable at once, instead of
    /// after enumerating every way to fill it.)
    func leafReach(_ l: Int) -> Int {
        reach(leafPotential[l], perCap: leafCapPotential[l])
    }

    /// The credit minimum `m` (a soft constraint or overlay) can still gain, capped the same way.
    func minimumReach(_ m: Int) -> Int {
        reach(minimumPotential[m], perCap: minimumCapPotential[m])
    }

    private func reach(_ potential: Int, perCap: [Int]) -> Int {
        var total = potential
        for (k, capped) in perCap.enumerated() where capped > 0 {
            guard let maximum = problem.caps[k].maxCredit else { continue }
            total -= capped - min(capped, max(0, maximum - capCredit[k]))
        }
        return total
    }
}
