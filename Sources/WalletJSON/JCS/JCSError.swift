/// Why a JSON value has no RFC 8785 canonical form.
public enum JCSError: Error, Equatable, Sendable, CustomStringConvertible {
    /// NaN or ±Infinity: I-JSON numbers must be finite.
    case nonFiniteNumber
    /// The input bytes are not acceptable I-JSON (duplicate keys, invalid UTF-8, lone surrogates…).
    case invalidJSON(JSONParseError)

    public var description: String {
        switch self {
        case .nonFiniteNumber: "JCS cannot canonicalise NaN or Infinity"
        case .invalidJSON(let error): "JCS needs I-JSON input: \(error)"
        }
    }
}
