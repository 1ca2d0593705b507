/// Which consuming requirements a unit matches, and the near-miss text when it matches none.
///
/// Verdicts come from the run's `MatchMemo` when the unit is a wallet credential as stated (not a
/// transfer-value grant) and the predicate does not read the credit; the predicate subject — a
/// copy of the credential — is only built when some verdict or text has to be computed.
struct LeafMatcher {
    let pathway: Pathway
    let memo: MatchMemo?
    let cache: SubjectCache?
    /// Requirement index → leaf index (nil for requirements that do not consume credentials).
    let leafOf: [Int?]
    /// Requirement index → memo slots of its verdicts and near-miss texts (consuming requirements
    /// only: the others are never matched here, and a slot costs a row per credential).
    let slots: [Int?]
    let nearMissSlots: [Int?]

    init(builder: ProblemBuilder, memo: MatchMemo?) {
        pathway = builder.pathway
        self.memo = memo
        cache = builder.context.memo?.subjects
        let leafOf = builder.leafIndexOfRequirement
        self.leafOf = leafOf
        let consuming = builder.pathway.requirements.indices.map { leafOf[$0] != nil }
        slots = zip(builder.pathway.requirements, consuming).map { requirement, consumes in
            consumes ? memo?.slot(for: requirement.match) : nil
        }
        nearMissSlots = zip(builder.pathway.requirements, consuming).map { requirement, consumes in
            consumes ? memo?.nearMissSlot(label: Self.label(requirement), predicate: requirement.match) : nil
        }
    }

    /// Leaves matched by a unit with `facts` (credential `index`, or -1 when the facts are a grant's),
    /// and the first consuming requirement it fails.
    func match(facts: @autoclosure () -> StackingCredential, index: Int, credit: Int) -> (leaves: [Int], firstFailure: Int?) {
        var built: PredicateSubject?
        func subject() -> PredicateSubject {
            if let built { return built }
            let made = PredicateSubject(credential: facts(), credit: credit, cache: cache)
            built = made
            return made
        }
        var leaves: [Int] = []
        var firstFailure: Int?
        for (requirementIndex, requirement) in pathway.requirements.enumerated() {
            guard let leaf = leafOf[requirementIndex] else { continue }
            let holds = memo?.holds(requirement.match, slot: slots[requirementIndex], index: index, subject: subject())
                ?? requirement.match.holds(for: subject())
            if holds {
                leaves.append(leaf)
            } else if firstFailure == nil {
                firstFailure = requirementIndex
            }
        }
        return (leaves, firstFailure)
    }

    /// "label: failed clause" for the first failed requirement (worded only for leafless units).
    func nearMiss(facts: @autoclosure () -> StackingCredential, index: Int, credit: Int, firstFailure: Int?) -> NearMiss {
        guard let requirementIndex = firstFailure else { return Self.noConsumingRequirement }
        let requirement = pathway.requirements[requirementIndex]
        func make() -> NearMiss {
            let failure = requirement.match.failure(for: PredicateSubject(credential: facts(), credit: credit, cache: cache))
            return NearMiss("\(Self.label(requirement)): \(failure ?? "")")
        }
        guard let memo else { return make() }
        return memo.nearMiss(slot: nearMissSlots[requirementIndex], index: index, make: make)
    }

    private static func label(_ requirement: Requirement) -> String {
        requirement.label.isEmpty ? requirement.id : requirement.label
    }

    private static let noConsumingRequirement = NearMiss("this pathway has no requirement that consumes credentials")
}
