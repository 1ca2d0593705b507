/// Why a document could not be read at all (as opposed to read and found invalid: that is a report).
///
/// These map to exit code 2 ("unreadable input") on the command line.
public enum InspectionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not any credential format cairn knows.
    case unrecognisedFormat(String)
    /// The document is recognised but broken (bad JSON, truncated image, invalid base64...).
    case malformed(String)
    /// The input is over a safety limit (size, nesting, decompression ratio).
    case tooLarge(String)

    public var description: String {
        switch self {
        case .unrecognisedFormat(let detail): "not a credential cairn recognises: \(detail)"
        case .malformed(let detail): "malformed credential: \(detail)"
        case .tooLarge(let detail): "input too large: \(detail)"
        }
    }
}
