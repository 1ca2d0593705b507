import Foundation

/// The effect of adding one candidate credential to the wallet, for "next best credential" lists.
public struct CandidateEffect: Codable, Equatable, Sendable {
    public var candidate: String
    /// Whether the pathway becomes complete.
    public var completes: Bool
    /// Requirements met with the candidate, and before.
    public var requirementsMet: Int
    public var requirementsMetBefore: Int
    /// Credit still missing with the candidate, and before.
    public var missingECTS: Double
    public var missingECTSBefore: Double
}

extension StackingEngine {
    /// Ranks candidate credentials by what adding each would do for one pathway (stacking.md § 5,
    /// S21): completes the pathway > more requirements met > less credit missing > id.
    public func rank(
        candidates: [StackingCredential], held: [StackingCredential], pathway pathwayID: String, at date: Date
    ) -> [CandidateEffect] {
        guard let before = evaluate(held, at: date, only: pathwayID).first else { return [] }
        let missingBefore = before.missing.map(\.ects).reduce(0, +)
        let effects = candidates.compactMap { candidate -> CandidateEffect? in
            guard let after = evaluate(held + [candidate], at: date, only: pathwayID).first else { return nil }
            return CandidateEffect(
                candidate: candidate.id, completes: after.complete, requirementsMet: after.progress.requirementsMet,
                requirementsMetBefore: before.progress.requirementsMet,
                missingECTS: after.missing.map(\.ects).reduce(0, +), missingECTSBefore: missingBefore)
        }
        return effects.sorted { a, b in
            if a.completes != b.completes { return a.completes }
            if a.requirementsMet != b.requirementsMet { return a.requirementsMet > b.requirementsMet }
            if a.missingECTS != b.missingECTS { return a.missingECTS < b.missingECTS }
            return a.candidate < b.candidate
        }
    }
}
