import Foundation

/// What `cairn export` asks for.
public struct ExportOptions: Sendable {
    /// `zip`: the full bundle; `vp`: only the signed presentation JSON.
    public enum Format: String, Sendable, CaseIterable {
        case zip, vp
    }

    /// Optional age encryption of the written file.
    public enum Encryption: Sendable {
        /// To one or more `age1…` X25519 recipients.
        case recipients([String])
        /// To a passphrase (scrypt, work factor log2 N).
        case passphrase(String, workFactor: Int)
    }

    public var format: Format
    public var learnerName: String
    public var exportedAt: Date
    public var challenge: String?
    public var domain: String?
    public var expires: Date?
    /// Stacking progress text for the transcript (`--with-progress`).
    public var stackingProgress: String?
    public var encryption: Encryption?
    /// ASCII-armor the age output.
    public var armor: Bool

    public init(
        format: Format = .zip, learnerName: String, exportedAt: Date = Date(), challenge: String? = nil,
        domain: String? = nil, expires: Date? = nil, stackingProgress: String? = nil, encryption: Encryption? = nil,
        armor: Bool = false
    ) {
        self.format = format
        self.learnerName = learnerName
        self.exportedAt = exportedAt
        self.challenge = challenge
        self.domain = domain
        self.expires = expires
        self.stackingProgress = stackingProgress
        self.encryption = encryption
        self.armor = armor
    }
}
