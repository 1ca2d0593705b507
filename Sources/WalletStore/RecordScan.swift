import WalletModel

/// The result of reading every overview: the readable summaries and the damaged records.
public struct RecordScan: Sendable, Equatable {
    public var summaries: [CredentialSummary]
    /// Records that failed authentication or decoding, with the reason.
    public var damaged: [DamagedRecord]

    public init(summaries: [CredentialSummary], damaged: [DamagedRecord]) {
        self.summaries = summaries
        self.damaged = damaged
    }
}

/// A record that could not be opened; the rest of the wallet is unaffected.
public struct DamagedRecord: Sendable, Equatable {
    public var id: CredentialID
    public var reason: String

    public init(id: CredentialID, reason: String) {
        self.id = id
        self.reason = reason
    }
}

/// What happened to one credential handed to `WalletDatabase.insert`.
public enum InsertResult: Sendable, Equatable {
    /// Stored under this id.
    case inserted(CredentialID)
    /// The same document (by keyed fingerprint) is already stored under this id.
    case duplicate(CredentialID)
}
