extension StackingEngine {
    /// The stricter of the limits two pathways declare about each other; nil = unlimited sharing.
    func limit(between a: Pathway, and b: Pathway) -> SharingLimit? {
        let declared = a.sharing.limits.filter { $0.with == b.id } + b.sharing.limits.filter { $0.with == a.id }
        if declared.isEmpty {
            guard a.sharing.forbiddenByDefault || b.sharing.forbiddenByDefault else { return nil }
            return SharingLimit(with: b.id, maxCredit: 0, maxCount: 0)
        }
        let credit = declared.compactMap(\.maxCredit).min()
        let count = declared.compactMap(\.maxCount).min()
        return SharingLimit(with: b.id, maxCredit: credit, maxCount: count)
    }

    /// Pathways `id` shares a limit with (they must be evaluated first for `--pathway ID`).
    func partners(of id: String) -> [String] {
        guard let pathway = catalogue.pathway(id) else { return [] }
        return catalogue.pathways.filter { $0.id != id && limit(between: pathway, and: $0) != nil }.map(\.id)
    }

    /// Ids of the pathways that share a limit with at least one other — `!partners(of: id).isEmpty`
    /// for every id, in one pass over the declared limits instead of one `limit` per pair of
    /// pathways (14,000 pairs for a 119-pathway catalogue).
    func pathwaysWithPartners() -> Set<String> {
        let ids = Set(catalogue.pathways.map(\.id))
        guard ids.count > 1 else { return [] }
        // Forbidden by default: a limit with every other pathway, so every pathway has a partner.
        if catalogue.pathways.contains(where: \.sharing.forbiddenByDefault) { return ids }
        var linked: Set<String> = []
        for pathway in catalogue.pathways {
            for limit in pathway.sharing.limits where limit.with != pathway.id && ids.contains(limit.with) {
                linked.insert(pathway.id)
                linked.insert(limit.with)
            }
        }
        return linked
    }

    func sharingCaps(for pathway: Pathway, earlier: ArraySlice<Pathway>, counted: [String: Set<String>]) -> [(cap: Cap, sources: Set<String>)] {
        earlier.compactMap { other in
            guard let limit = limit(between: pathway, and: other), let sources = counted[other.id] else { return nil }
            let amount = limit.maxCredit.map { "\(Credit.text($0)) \(pathway.units.credit)" } ?? "\(limit.maxCount ?? 0) credentials"
            let cap = Cap(id: "sharing:\(other.id)", text: "overlap cap with \(other.title) (\(amount)) is binding", maxCredit: limit.maxCredit, maxCount: limit.maxCount)
            return (cap, sources)
        }
    }

    /// Credentials that later pathways with a sharing limit could use.
    func contested(for pathway: Pathway, later: ArraySlice<Pathway>, credentials: [StackingCredential]) -> Set<String> {
        var result: Set<String> = []
        for other in later where limit(between: pathway, and: other) != nil {
            let matchers = other.requirements.filter(\.consumes).map(\.match)
            for credential in credentials where !result.contains(credential.id) {
                let subject = PredicateSubject(credential: credential, credit: nil)
                if matchers.contains(where: { $0.holds(for: subject) }) { result.insert(credential.id) }
            }
        }
        return result
    }
}
