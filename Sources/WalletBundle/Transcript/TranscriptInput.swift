import Foundation
import WalletModel

/// What a transcript shows: the learner, the credentials with their verdicts, and optionally
/// stacking progress (already worded by the stacking engine).
public struct TranscriptInput: Sendable {
    public var learnerName: String
    public var exportedAt: Date
    public var credentials: [Credential]
    /// Plain text, e.g. "CMF micro-credential: 4 of 5 ECTS"; shown as written.
    public var stackingProgress: String?
    /// The holder DID that signed the bundle, when known.
    public var holder: String?

    public init(
        learnerName: String, exportedAt: Date, credentials: [Credential], stackingProgress: String? = nil,
        holder: String? = nil
    ) {
        self.learnerName = learnerName
        self.exportedAt = exportedAt
        self.credentials = credentials
        self.stackingProgress = stackingProgress
        self.holder = holder
    }
}
