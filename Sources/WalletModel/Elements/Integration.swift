/// Integration/stackability: what the credential is part of, what it is made of, what it entitles to.
public struct Integration: Codable, Equatable, Sendable {
    /// Identifiers or titles of larger credentials or programmes this one counts toward.
    public var isPartOf: [String]
    /// Identifiers or titles of the parts that make up this credential.
    public var hasPart: [String]
    /// Free-text statements, e.g. "stackable toward the MSc in Data Science".
    public var notes: [String]

    public init(isPartOf: [String] = [], hasPart: [String] = [], notes: [String] = []) {
        self.isPartOf = isPartOf
        self.hasPart = hasPart
        self.notes = notes
    }
}
