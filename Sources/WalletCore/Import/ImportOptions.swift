import Foundation

/// How `Wallet.importFiles` behaves.
public struct ImportOptions: Sendable {
    /// Store credentials whose verification failed (by default they are rejected).
    public var keepInvalid: Bool
    /// Credentials committed per transaction. Each batch is all-or-nothing; a crash keeps every
    /// batch committed before it.
    public var batchSize: Int
    /// The moment validity is evaluated against (defaults to now).
    public var now: Date
    /// The verifier: by default the same one `inspect` and `verify` use, with the user's issuer
    /// key cache and status lists, so import agrees with them.
    public var inspector: CredentialFileInspector
    /// Called after each batch is committed with that batch's outcomes, in input order.
    public var onBatchCommitted: (@Sendable ([ImportOutcome]) -> Void)?

    public init(
        keepInvalid: Bool = false, batchSize: Int = 100, now: Date = Date(),
        inspector: CredentialFileInspector = CredentialFileInspector(),
        onBatchCommitted: (@Sendable ([ImportOutcome]) -> Void)? = nil
    ) {
        self.keepInvalid = keepInvalid
        self.batchSize = max(1, batchSize)
        self.now = now
        self.inspector = inspector
        self.onBatchCommitted = onBatchCommitted
    }
}
