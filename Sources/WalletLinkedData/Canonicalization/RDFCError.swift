/// Why RDFC-1.0 canonicalisation stopped.
public enum RDFCError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The graph needed more N-degree hashing work than allowed: typically a deliberately
    /// symmetric "poison" graph (RDFC-1.0 § 7.1). Raise `maxWork` only for trusted input.
    case workLimitExceeded(limit: Int)

    public var description: String {
        switch self {
        case .workLimitExceeded(let limit):
            "RDF canonicalisation gave up after \(limit) steps of blank-node hashing: the data is too symmetric "
                + "(possibly a poison graph built to exhaust verifiers)"
        }
    }
}
