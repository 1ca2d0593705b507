/// Why an envelope could not be opened. Messages never contain key or plaintext bytes.
public enum CryptoError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The passphrase did not unwrap the master key.
    case wrongPassphrase
    /// An envelope failed authentication: it was altered, truncated, or belongs elsewhere.
    case authenticationFailed
    /// The bytes are not an envelope this version understands.
    case malformed(String)
    /// The key-derivation parameters are outside the range cairn accepts.
    case unsupportedParameters(String)

    public var description: String {
        switch self {
        case .wrongPassphrase: "wrong passphrase"
        case .authenticationFailed: "authentication failed (the data was altered or damaged)"
        case .malformed(let detail): "malformed envelope: \(detail)"
        case .unsupportedParameters(let detail): "unsupported key-derivation parameters: \(detail)"
        }
    }
}
