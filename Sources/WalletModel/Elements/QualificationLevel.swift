/// (h) A level on a named qualifications framework other than the EQF (an NQF, QF-EHEA).
public struct QualificationLevel: Codable, Equatable, Sendable {
    public var framework: String
    public var level: String

    public init(framework: String, level: String) {
        self.framework = framework
        self.level = level
    }
}
