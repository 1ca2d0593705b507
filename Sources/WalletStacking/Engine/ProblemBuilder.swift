import Foundation

/// Compiles a pathway against a wallet: screening, repeats, entry, blocks, composites, edges, caps.
struct ProblemBuilder {
    let pathway: Pathway
    let credentials: [StackingCredential]
    let context: ProblemContext

    var asOf: Date {
        if case .fixed(let date) = pathway.evaluation { return date }
        return context.auditDate
    }

    var applicationDate: Date? {
        if case .applicationDate(let date) = pathway.evaluation { return date }
        return nil
    }

    func build() -> Compiled {
        let screen = CredentialScreen(pathway: pathway, asOf: asOf, applicationDate: applicationDate)
        let memo = context.memo.flatMap { $0.covers(credentials) ? $0 : nil }
        var rejected: [String: Rejection] = [:]
        var notes: [CredentialNote] = []
        var credits: [String: Int] = [:]
        let screenSlot = memo?.slot(for: screen)
        for (index, credential) in credentials.enumerated() {
            var result = screenSlot.flatMap { memo?.screening(screen, slot: $0, index: index, of: credential) } ?? screen.screen(credential)
            notes += result.notes
            if result.rejection?.code == .noCreditValue, recognisedAsBlock(credential) {
                result.rejection = nil
                result.credit = 0
            }
            if let rejection = result.rejection { rejected[credential.id] = rejection } else { credits[credential.id] = result.credit }
        }
        applyRepeats(&rejected)
        var units = makeUnits(credits: credits, rejected: &rejected, notes: &notes)
        var nearMiss: [String: String] = [:]
        let leafOf = connectLeaves(&units, nearMiss: &nearMiss, memo: memo)
        applyConstraintRecency(units, rejected: &rejected)
        reserveEntry(units, rejected: &rejected)
        rejectUnplaceable(units, nearMiss: nearMiss, rejected: &rejected)
        units.removeAll { $0.leaves.isEmpty || rejected[$0.source] != nil }
        let conflicts = linkConflicts(&units)
        var problem = assemble(units: units, leafOf: leafOf, conflicts: conflicts)
        ProblemOrdering.canonicalise(&problem)
        return Compiled(problem: problem, rejected: rejected, notes: notes, nearMiss: nearMiss)
    }

    /// Repeats of one achievement (same `achievementID`): one attempt counts (S26).
    private func applyRepeats(_ rejected: inout [String: Rejection]) {
        let live = credentials.filter { rejected[$0.id] == nil && $0.achievementID != nil }
        let groups = Dictionary(grouping: live) { $0.achievementID ?? "" }
        for (_, attempts) in groups where attempts.count > 1 {
            let keep = attempts.max { better($1, than: $0) } ?? attempts[0]
            for attempt in attempts where attempt.id != keep.id {
                rejected[attempt.id] = Rejection(code: .duplicateOf, text: "another attempt at the same achievement counts: \(keep.id)")
            }
        }
    }

    /// Whether attempt `a` is preferred over `b` under the pathway's repeat policy.
    private func better(_ a: StackingCredential, than b: StackingCredential) -> Bool {
        if a.status.rank != b.status.rank { return a.status.rank < b.status.rank }
        switch pathway.repeats {
        case .bestAttempt:
            let ga = GradeScale.numeric(a.grade) ?? -1
            let gb = GradeScale.numeric(b.grade) ?? -1
            if ga != gb { return ga > gb }
        case .latest:
            let da = a.issued ?? .distantPast
            let db = b.issued ?? .distantPast
            if da != db { return da > db }
        }
        return a.id < b.id
    }

    /// Credential units, or grant units for credentials a valid transfer value recognises.
    private func makeUnits(credits: [String: Int], rejected: inout [String: Rejection], notes: inout [CredentialNote]) -> [Unit] {
        var units: [Unit] = []
        for (index, credential) in credentials.enumerated() {
            guard let credit = credits[credential.id] else { continue }
            let subject = PredicateSubject(credential: credential, credit: credit)
            if let value = pathway.transferValues.first(where: { isValid($0) && $0.from.holds(for: subject) }) {
                for (index, grant) in value.grants.enumerated() {
                    var facts = credential
                    facts.eqfLevel = grant.eqf ?? credential.eqfLevel
                    facts.tags = grant.tags
                    var unit = Unit(index: 0, source: credential.id, facts: facts, credit: grant.credit, statusRank: credential.status.rank, grantOf: value.id)
                    unit.keys["grant"] = "\(value.id)#\(index)"
                    units.append(unit)
                }
            } else {
                var unit = Unit(index: 0, source: credential.id, facts: credential, credit: credit, statusRank: credential.status.rank)
                unit.credentialIndex = index
                units.append(unit)
            }
        }
        return units
    }

    /// A block a valid transfer value recognises needs no credit of its own: the grants carry it.
    private func recognisedAsBlock(_ credential: StackingCredential) -> Bool {
        let subject = PredicateSubject(credential: credential, credit: nil)
        return pathway.transferValues.contains { isValid($0) && $0.from.holds(for: subject) }
    }

    private func isValid(_ value: TransferValue) -> Bool {
        if let from = value.validFrom, asOf < from { return false }
        if let until = value.validUntil, asOf > until { return false }
        return true
    }
}
