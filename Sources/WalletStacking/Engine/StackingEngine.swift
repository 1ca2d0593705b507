import Foundation
import WalletModel

/// A learner's pin: "count this credential toward this requirement" (stacking.md S15).
public struct Pin: Sendable, Equatable, Codable {
    public var credential: String
    public var pathway: String
    public var requirement: String

    public init(credential: String, pathway: String, requirement: String) {
        self.credential = credential
        self.pathway = pathway
        self.requirement = requirement
    }
}

/// The stacking engine: which held credentials count toward which requirement of each pathway.
///
/// Pure and deterministic: the same wallet (in any order), catalogue and date give the same result.
public struct StackingEngine: Sendable {
    public var catalogue: PathwayCatalogue
    public var budget: SolveBudget

    public init(catalogue: PathwayCatalogue, budget: SolveBudget = SolveBudget()) {
        self.catalogue = catalogue
        self.budget = budget
    }

    /// Evaluates wallet credentials (projected with `StackingCredential.init(_:)`).
    public func evaluate(_ credentials: [Credential], at date: Date, only pathwayID: String? = nil) -> [PathwayResult] {
        evaluate(credentials.map(StackingCredential.init), at: date, only: pathwayID)
    }

    /// Evaluates every pathway (or only `pathwayID`), in catalogue order.
    public func evaluate(
        _ credentials: [StackingCredential], at date: Date, only pathwayID: String? = nil, pins: [Pin] = []
    ) -> [PathwayResult] {
        let flat = Self.flatten(credentials)
        let order = evaluationOrder()
        let wanted = pathwayID.map { id in Set([id] + partners(of: id)) }
        var counted: [String: Set<String>] = [:]
        let sharing = pathwaysWithPartners()
        var results = solveIndependent(
            order.filter { (wanted?.contains($0.id) ?? true) && !sharing.contains($0.id) },
            credentials: flat, at: date, pins: pins)
        let memo = MatchMemo(credentialIDs: flat.map(\.id))
        for (position, pathway) in order.enumerated() where (wanted?.contains(pathway.id) ?? true) && results[pathway.id] == nil {
            var context = context(for: pathway, at: date, pins: pins, memo: memo)
            context.sharingCaps = sharingCaps(for: pathway, earlier: order[..<position], counted: counted)
            context.contested = contested(for: pathway, later: order[(position + 1)...], credentials: flat)
            let result = solve(pathway, credentials: flat, context: context)
            counted[pathway.id] = Set(result.counted.map(\.credential))
            results[pathway.id] = result
        }
        return catalogue.pathways.compactMap { results[$0.id] }.filter { pathwayID == nil || $0.id == pathwayID }
    }

    /// Pathways that share no limit with any other depend on nothing but the wallet, so they are
    /// solved on all cores: each worker takes the next unsolved pathway, with its own match memo
    /// (the memo is single-threaded). The answer is the same as solving them one after another.
    func solveIndependent(
        _ pathways: [Pathway], credentials: [StackingCredential], at date: Date, pins: [Pin]
    ) -> [String: PathwayResult] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, pathways.count))
        let slots = ResultSlots(count: pathways.count)
        let ids = credentials.map(\.id)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let memo = MatchMemo(credentialIDs: ids)
            while let index = slots.take() {
                let pathway = pathways[index]
                let context = context(for: pathway, at: date, pins: pins, memo: memo)
                slots.set(index, solve(pathway, credentials: credentials, context: context))
            }
        }
        var results: [String: PathwayResult] = [:]
        for (pathway, result) in zip(pathways, slots.results) { results[pathway.id] = result }
        return results
    }

    /// What every pathway's problem starts from: the audit date, the learner's pins for it and the
    /// (single-threaded) match memo of the caller. Sharing caps are added by the caller.
    private func context(for pathway: Pathway, at date: Date, pins: [Pin], memo: MatchMemo) -> ProblemContext {
        var context = ProblemContext(auditDate: date)
        context.memo = memo
        let mine = pins.filter { $0.pathway == pathway.id }
        context.pins = Dictionary(mine.map { ($0.credential, $0.requirement) }, uniquingKeysWith: { a, _ in a })
        return context
    }

    /// Solves one pathway; with pins, also without them, to report what a pin costs.
    func solve(_ pathway: Pathway, credentials: [StackingCredential], context: ProblemContext) -> PathwayResult {
        let compiled = ProblemBuilder(pathway: pathway, credentials: credentials, context: context).build()
        let solution = ComponentSolver.solve(compiled.problem, budget: budget)
        var result = Explainer(compiled: compiled, solution: solution, credentialIDs: credentials.map(\.id)).result()
        guard !context.pins.isEmpty else { return result }
        var free = context
        free.pins = [:]
        let unpinned = ComponentSolver.solve(ProblemBuilder(pathway: pathway, credentials: credentials, context: free).build().problem, budget: budget)
        if Objective.greater(unpinned.outcome.objective, solution.outcome.objective) {
            let now = solution.outcome.nodeMet.filter { $0 }.count
            let then = unpinned.outcome.nodeMet.filter { $0 }.count
            for credential in context.pins.keys.sorted() {
                result.notes.append(CredentialNote(credential: credential, code: .pinConflict, text: "Unpin \(credential) → \(then) requirements met instead of \(now)\(unpinned.outcome.rootMet ? " (pathway complete)" : "")"))
            }
        }
        return result
    }

    /// Components become credentials of their own (`parent/n`); canonical order by id.
    static func flatten(_ credentials: [StackingCredential]) -> [StackingCredential] {
        var flat: [StackingCredential] = []
        var stack = credentials
        while let next = stack.popLast() {
            flat.append(next)
            stack += next.components
        }
        // Positions are sorted and each credential copied once: a credential is a large struct.
        var seen: Set<String> = []
        return flat.indices.sorted { flat[$0].id < flat[$1].id }.compactMap { seen.insert(flat[$0].id).inserted ? flat[$0] : nil }
    }

    /// Higher `priority` first, then catalogue order.
    func evaluationOrder() -> [Pathway] {
        let pathways = catalogue.pathways
        return pathways.indices.sorted { a, b in
            pathways[a].priority != pathways[b].priority ? pathways[a].priority > pathways[b].priority : a < b
        }.map { pathways[$0] }
    }
}
