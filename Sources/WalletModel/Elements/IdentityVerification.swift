/// Supervision and identity verification during assessment (an optional Annex I element the CMF requires).
public struct IdentityVerification: Codable, Equatable, Sendable {
    /// The statement as written, e.g. "Supervised with ID verification".
    public var text: String?
    public var supervised: Bool?
    public var identityVerified: Bool?

    public init(text: String? = nil, supervised: Bool? = nil, identityVerified: Bool? = nil) {
        self.text = text
        self.supervised = supervised
        self.identityVerified = identityVerified
    }
}
