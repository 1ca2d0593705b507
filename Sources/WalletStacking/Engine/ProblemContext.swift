import Foundation

/// What one pathway's compilation needs beyond the pathway and the wallet.
struct ProblemContext {
    var auditDate: Date
    /// Caps from sharing limits with pathways evaluated earlier: credentials counted there.
    var sharingCaps: [(cap: Cap, sources: Set<String>)] = []
    /// Credentials later pathways with sharing limits could use (kept free when it costs nothing).
    var contested: Set<String> = []
    /// Learner pins: credential id → requirement id.
    var pins: [String: String] = [:]
    /// Match verdicts and normalised subject texts shared by every pathway of one `evaluate` call
    /// on one thread.
    var memo: MatchMemo?
}

/// The compiled problem plus everything decided before allocation.
struct Compiled {
    var problem: Problem
    /// Per wallet position (the builder's `credentials`): why the credential cannot count, if it cannot.
    var rejected: [Rejection?]
    var notes: [CredentialNote]
    /// Per wallet position, why it matched no requirement (when it is eligible but matches none).
    var nearMiss: [NearMiss?]
}
