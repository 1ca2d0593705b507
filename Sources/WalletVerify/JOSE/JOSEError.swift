import WalletModel

/// Why a JOSE object could not be read or checked, with the failure code the report should carry.
public struct JOSEError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        /// The serialisation itself is broken (segments, base64url, JSON).
        case malformed
        /// The algorithm or key type is not one cairn verifies.
        case unsupported
        /// A key was given but cannot be used (wrong type, too short, bad encoding).
        case badKey
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The failure code a verification check reports for this error.
    public var failureCode: FailureCode {
        switch kind {
        case .malformed: .malformed
        case .unsupported: .unsupportedProof
        case .badKey: .keyUnresolvable
        }
    }

    public var description: String { message }
}
