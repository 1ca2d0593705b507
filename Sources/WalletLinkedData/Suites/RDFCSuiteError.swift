/// Why hash data could not be produced. The verifier maps `jsonLD` with `.unknownContext` to
/// `unknown-context`, with `.safeModeViolation` to `undefined-terms`.
public enum RDFCSuiteError: Error, Equatable, Sendable, CustomStringConvertible {
    case jsonLD(JSONLDError)
    case canonicalization(RDFCError)
    /// The proof does not belong to this suite or is malformed (message says what).
    case invalidProof(String)

    public var description: String {
        switch self {
        case .jsonLD(let error): error.description
        case .canonicalization(let error): error.description
        case .invalidProof(let message): "invalid proof: \(message)"
        }
    }
}
