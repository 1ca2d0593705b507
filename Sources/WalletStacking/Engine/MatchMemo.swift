/// Requirement-match verdicts per wallet credential, remembered for one `stack` run on one thread.
///
/// Catalogues repeat themselves: sibling pathways share "ISCED-F 0613 at EQF 7" pools, and every
/// (pathway, requirement, credential) triple is tested — 300 credentials × 119 pathways × several
/// requirements in the benchmark, the largest fixed cost of a full `stack`. A verdict depends only
/// on the predicate and the credential's facts, except for credit bounds (the credit is in each
/// pathway's unit), so predicates that read the credit are never memoised, nor are units whose
/// facts a transfer-value grant rewrote (they have no credential index).
final class MatchMemo {
    let subjects = SubjectCache()
    /// The wallet the indices refer to.
    let credentialIDs: [String]
    private var ids: [Predicate: Int] = [:]
    /// Per predicate id, per credential: 0 not yet tested, 1 holds, 2 fails.
    private var verdicts: [[UInt8]] = []
    /// Per (label, predicate) of a consuming requirement, per credential.
    private var nearMissSlots: [NearMiss.Key: Int] = [:]
    private var nearMisses: [[NearMiss?]] = []
    /// Per screening setup (sibling pathways usually share one), per credential.
    private var screenSlots: [ScreenKey: Int] = [:]
    private var screenings: [[Screening?]] = []

    init(credentialIDs: [String]) {
        self.credentialIDs = credentialIDs
    }

    /// Whether this memo's indices refer to `credentials` (same ids, same order).
    func covers(_ credentials: [StackingCredential]) -> Bool {
        credentials.count == credentialIDs.count && credentials.indices.allSatisfy { credentials[$0].id == credentialIDs[$0] }
    }

    /// The memo slot of `predicate`, or nil when its verdict cannot be shared between pathways.
    func slot(for predicate: Predicate) -> Int? {
        guard !predicate.readsCredit else { return nil }
        if let known = ids[predicate] { return known }
        ids[predicate] = verdicts.count
        verdicts.append(Array(repeating: 0, count: credentialIDs.count))
        return verdicts.count - 1
    }

    /// `predicate.holds(for: subject)`, remembered for credential `index` when `slot` is given.
    /// The subject is only built on a miss (building one copies the credential).
    func holds(_ predicate: Predicate, slot: Int?, index: Int, subject: @autoclosure () -> PredicateSubject) -> Bool {
        guard let slot, index >= 0 else { return predicate.holds(for: subject()) }
        switch verdicts[slot][index] {
        case 1: return true
        case 2: return false
        default:
            let verdict = predicate.holds(for: subject())
            verdicts[slot][index] = verdict ? 1 : 2
            return verdict
        }
    }

    /// The memo slot of a screening setup: the verdict depends only on the pathway's units,
    /// eligibility rules and dates, which sibling pathways share.
    func slot(for screen: CredentialScreen) -> Int {
        let key = ScreenKey(units: screen.pathway.units, eligibility: screen.pathway.eligibility, asOf: screen.asOf, applicationDate: screen.applicationDate)
        if let known = screenSlots[key] { return known }
        screenSlots[key] = screenings.count
        screenings.append(Array(repeating: nil, count: credentialIDs.count))
        return screenings.count - 1
    }

    /// `screen.screen(credentials[index])`, remembered in `slot`.
    func screening(_ screen: CredentialScreen, slot: Int, index: Int, in credentials: [StackingCredential]) -> Screening {
        if let known = screenings[slot][index] { return known }
        let result = screen.screen(credentials[index])
        screenings[slot][index] = result
        return result
    }

    /// The memo slot of a requirement's near-miss texts, or nil when they cannot be shared
    /// between pathways (the predicate reads the credit).
    func nearMissSlot(label: String, predicate: Predicate) -> Int? {
        guard !predicate.readsCredit else { return nil }
        let key = NearMiss.Key(label: label, predicate: predicate)
        if let known = nearMissSlots[key] { return known }
        nearMissSlots[key] = nearMisses.count
        nearMisses.append(Array(repeating: nil, count: credentialIDs.count))
        return nearMisses.count - 1
    }

    /// `make()`, remembered for credential `index` when `slot` is given.
    func nearMiss(slot: Int?, index: Int, make: () -> NearMiss) -> NearMiss {
        guard let slot, index >= 0 else { return make() }
        if let known = nearMisses[slot][index] { return known }
        let made = make()
        nearMisses[slot][index] = made
        return made
    }
}
