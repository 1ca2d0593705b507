/// (k) Quality assurance underpinning the credential: an accreditation, an external review, an endorsement.
public struct QualityAssurance: Codable, Equatable, Sendable {
    /// The type as stated, e.g. "institutional accreditation", "programme accreditation", "endorsement".
    public var type: String?
    /// The accrediting or endorsing body.
    public var body: String?
    public var decision: String?
    /// True for external quality assurance (required by some pathways); nil when not stated.
    public var external: Bool?

    public init(type: String? = nil, body: String? = nil, decision: String? = nil, external: Bool? = nil) {
        self.type = type
        self.body = body
        self.decision = decision
        self.external = external
    }
}
