/// (f) A learning outcome, with the skills it references (ESCO or another framework).
public struct LearningOutcome: Codable, Equatable, Sendable {
    public var title: String
    public var description: String?
    public var skills: [SkillReference]

    public init(title: String, description: String? = nil, skills: [SkillReference] = []) {
        self.title = title
        self.description = description
        self.skills = skills
    }
}

/// A reference to a skill or competence in a framework (ESCO, CEASN, …).
public struct SkillReference: Codable, Equatable, Sendable {
    /// The skill's URI (e.g. `http://data.europa.eu/esco/skill/…`).
    public var uri: String?
    public var label: String?
    /// The framework name as stated, e.g. "ESCO".
    public var framework: String?

    public init(uri: String? = nil, label: String? = nil, framework: String? = nil) {
        self.uri = uri
        self.label = label
        self.framework = framework
    }
}
