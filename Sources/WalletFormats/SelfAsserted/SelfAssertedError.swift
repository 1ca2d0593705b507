/// Why a document that declares itself a cairn self-asserted credential cannot be read.
public struct SelfAssertedError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The JSON path of the offending value, e.g. `$.workload[0].unit`.
    public var path: String
    public var problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(path): \(problem)" }
}
