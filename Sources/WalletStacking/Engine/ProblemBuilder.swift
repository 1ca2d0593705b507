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
        // Per wallet position, not per id: a pathway's compilation looks each credential up several
        // times, and hashing 32-character ids was a large share of compiling 119 pathways.
        var rejected = [Rejection?](repeating: nil, count: credentials.count)
        var notes: [CredentialNote] = []
        var credits = [Int?](repeating: nil, count: credentials.count)
        let screenSlot = memo?.slot(for: screen)
        // By index: a loop variable would copy every (large) credential even when the memo answers.
        for index in credentials.indices {
            var result = screenSlot.flatMap { memo?.screening(screen, slot: $0, index: index, in: credentials) }
                ?? screen.screen(credentials[index])
            notes += result.notes
            if result.rejection?.code == .noCreditValue, recognisedAsBlock(credentials[index]) {
                result.rejection = nil
                result.credit = 0
            }
            if let rejection = result.rejection { rejected[index] = rejection } else { credits[index] = result.credit }
        }
        applyRepeats(&rejected)
        let matcher = LeafMatcher(builder: self, memo: memo)
        var units = makeUnits(credits: credits, matcher: matcher, rejected: &rejected, notes: &notes)
        var nearMiss = [NearMiss?](repeating: nil, count: credentials.count)
        let leafOf = connectLeaves(&units, nearMiss: &nearMiss, matcher: matcher)
        applyConstraintRecency(units, rejected: &rejected)
        reserveEntry(units, rejected: &rejected)
        rejectUnplaceable(units, nearMiss: nearMiss, rejected: &rejected)
        units.removeAll { $0.leaves.isEmpty || rejected[$0.sourceIndex] != nil }
        let conflicts = linkConflicts(&units)
        var problem = assemble(units: units, leafOf: leafOf, conflicts: conflicts)
        ProblemOrdering.canonicalise(&problem)
        return Compiled(problem: problem, rejected: rejected, notes: notes, nearMiss: nearMiss)
    }

    /// Repeats of one achievement (same `achievementID`): one attempt counts (S26).
    private func applyRepeats(_ rejected: inout [Rejection?]) {
        var attemptsOf: [String: [Int]] = [:]
        for index in credentials.indices where rejected[index] == nil {
            if let achievement = credentials[index].achievementID { attemptsOf[achievement, default: []].append(index) }
        }
        for attempts in attemptsOf.values where attempts.count > 1 {
            let keep = attempts.max { better(credentials[$1], than: credentials[$0]) } ?? attempts[0]
            for attempt in attempts where attempt != keep {
                rejected[attempt] = Rejection(code: .duplicateOf, text: "another attempt at the same achievement counts: \(credentials[keep].id)")
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
    ///
    /// A credential that matches no requirement is rejected here, without a unit, when nothing
    /// later could give it another reason (no constraint recency window): most of a wallet matches
    /// none of a pathway's requirements, and building, matching and then dropping a unit for each
    /// was a large part of compiling a pathway.
    private func makeUnits(
        credits: [Int?], matcher: LeafMatcher, rejected: inout [Rejection?], notes: inout [CredentialNote]
    ) -> [Unit] {
        let rejectEarly = !pathway.constraints.contains { $0.issuedWithin != nil }
        // The matcher's autoclosures capture this array, not `self`: capturing the builder copied
        // (and retained) the whole pathway for every credential.
        let credentials = self.credentials
        var units: [Unit] = []
        for index in credentials.indices {
            guard let credit = credits[index] else { continue }
            let value = pathway.transferValues.isEmpty ? nil : pathway.transferValues.first { transfer in
                isValid(transfer) && transfer.from.holds(for: PredicateSubject(credential: credentials[index], credit: credit))
            }
            var leaves: [Int] = []
            if rejectEarly, value == nil {
                // Already rejected (another attempt counts): its unit would only be dropped later.
                if rejected[index] != nil { continue }
                let found = matcher.match(facts: credentials[index], index: index, credit: credit)
                guard !found.leaves.isEmpty else {
                    rejected[index] = matcher.nearMiss(facts: credentials[index], index: index, credit: credit, firstFailure: found.firstFailure).rejection
                    continue
                }
                leaves = found.leaves
            }
            let credential = credentials[index]
            if let value {
                for (number, grant) in value.grants.enumerated() {
                    var facts = credential
                    facts.eqfLevel = grant.eqf ?? credential.eqfLevel
                    facts.tags = grant.tags
                    var unit = Unit(index: 0, source: credential.id, sourceIndex: index, facts: facts, credit: grant.credit, statusRank: credential.status.rank, grantOf: value.id)
                    unit.keys["grant"] = "\(value.id)#\(number)"
                    units.append(unit)
                }
            } else {
                var unit = Unit(index: 0, source: credential.id, sourceIndex: index, facts: credential, credit: credit, statusRank: credential.status.rank)
                unit.leaves = leaves
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
