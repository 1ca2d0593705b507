/// The overall verdict on a credential. Only `verified` means a proof was checked and held.
public enum VerificationStatus: String, Codable, Sendable, CaseIterable {
    /// Every check that applies passed; the proof was checked with the issuer's key.
    case verified
    /// A check failed: the signature, the issuer binding, validity dates or revocation.
    case failed
    /// The credential could not be checked offline (unknown key, hosted badge, unknown context).
    case unverifiable
    /// Entered by the learner; nobody signed it.
    case selfAsserted = "self-asserted"

    /// The one-character mark the list shows beside a credential.
    public var mark: String {
        switch self {
        case .verified: "✓"
        case .failed: "✗"
        case .unverifiable: "?"
        case .selfAsserted: "·"
        }
    }
}
