/// (i) How the learning was assessed.
public struct Assessment: Codable, Equatable, Sendable {
    /// The type as stated, e.g. "artefact assessment", "written exam", "project".
    public var type: String?
    /// Where it took place: online, on site, blended — as stated.
    public var mode: String?
    public var description: String?
    public var gradingScheme: String?
    /// Whether the assessment is summative (needed by the CMF rules); nil when not determinable.
    public var summative: Bool?

    public init(
        type: String? = nil, mode: String? = nil, description: String? = nil,
        gradingScheme: String? = nil, summative: Bool? = nil
    ) {
        self.type = type
        self.mode = mode
        self.description = description
        self.gradingScheme = gradingScheme
        self.summative = summative
    }
}
