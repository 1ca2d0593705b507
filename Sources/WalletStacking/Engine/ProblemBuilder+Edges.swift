import Foundation

extension ProblemBuilder {
    /// The consuming requirements, in file order: requirement index → leaf index (nil if not consuming).
    var leafIndexOfRequirement: [Int?] {
        var next = 0
        return pathway.requirements.map { requirement in
            guard requirement.consumes else { return nil }
            defer { next += 1 }
            return next
        }
    }

    /// Fills each unit's eligible leaves; credentials that fit nowhere get a near-miss text.
    func connectLeaves(_ units: inout [Unit], nearMiss: inout [NearMiss?], matcher: LeafMatcher) -> [Int?] {
        let leafOf = matcher.leafOf
        let ids = Dictionary(pathway.requirements.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Units whose leaves `makeUnits` already found keep them.
        for index in units.indices where units[index].leaves.isEmpty {
            let unit = units[index]
            if let grantInto = grantTarget(unit), let requirement = ids[grantInto], let leaf = leafOf[requirement] {
                units[index].leaves = [leaf]
                continue
            }
            let found = matcher.match(facts: unit.facts, index: unit.credentialIndex, credit: unit.credit)
            units[index].leaves = found.leaves
            guard found.leaves.isEmpty else { continue }
            // Worded only here: most credentials fail most requirements, and only leafless ones need the text.
            nearMiss[unit.sourceIndex] = matcher.nearMiss(facts: unit.facts, index: unit.credentialIndex, credit: unit.credit, firstFailure: found.firstFailure)
        }
        return leafOf
    }

    private func grantTarget(_ unit: Unit) -> String? {
        guard let value = unit.grantOf, let key = unit.keys["grant"] else { return nil }
        guard let tv = pathway.transferValues.first(where: { $0.id == value }),
              let index = Int(key.split(separator: "#").last ?? ""), index < tv.grants.count else { return nil }
        return tv.grants[index].into
    }

    /// Constraint recency windows (`issued_within` on a constraint) reject matching old credentials.
    func applyConstraintRecency(_ units: [Unit], rejected: inout [Rejection?]) {
        let screen = CredentialScreen(pathway: pathway, asOf: asOf, applicationDate: nil)
        for constraint in pathway.constraints {
            guard let window = constraint.issuedWithin else { continue }
            for unit in units where rejected[unit.sourceIndex] == nil {
                let subject = PredicateSubject(credential: unit.facts, credit: unit.credit)
                guard constraint.over.holds(for: subject) else { continue }
                var ignored: [CredentialNote] = []
                if let rejection = screen.recencyRejection(unit.facts, window: window, label: constraint.id, notes: &ignored) {
                    rejected[unit.sourceIndex] = rejection
                }
            }
        }
    }

    /// Entry credentials may not also count unless the pathway says so (KMK, S17).
    func reserveEntry(_ units: [Unit], rejected: inout [Rejection?]) {
        guard let entry = pathway.entry, !entry.mayAlsoCount else { return }
        for requirement in entry.requires {
            let matching = credentials.indices.filter { requirement.holds(for: PredicateSubject(credential: credentials[$0], credit: nil)) }
            let free = matching.contains { index in
                rejected[index] != nil || !units.contains { $0.sourceIndex == index && !$0.leaves.isEmpty }
            }
            if free { continue }
            let cost: (Int) -> (Int, Int, String) = { index in
                let own = units.filter { $0.sourceIndex == index }
                return (own.map(\.leaves.count).reduce(0, +), own.map(\.credit).reduce(0, +), credentials[index].id)
            }
            guard let chosen = matching.min(by: { cost($0) < cost($1) }) else { continue }
            rejected[chosen] = Rejection(code: .reservedForEntry, text: "used to meet the entry requirement; this pathway does not let it also count")
        }
    }

    /// Rejects credentials none of whose units fit any requirement.
    func rejectUnplaceable(_ units: [Unit], nearMiss: [NearMiss?], rejected: inout [Rejection?]) {
        var placeable = [Bool](repeating: false, count: credentials.count)
        for unit in units where !unit.leaves.isEmpty { placeable[unit.sourceIndex] = true }
        for unit in units where rejected[unit.sourceIndex] == nil && !placeable[unit.sourceIndex] {
            rejected[unit.sourceIndex] = (nearMiss[unit.sourceIndex] ?? NearMiss.noRequirementAccepts).rejection
        }
    }
}
