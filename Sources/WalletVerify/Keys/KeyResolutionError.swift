/// Why a verification method could not be turned into a key. All of these give `key-unresolvable`.
public enum KeyResolutionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A DID method or URL scheme cairn cannot resolve offline at all.
    case unsupportedMethod(String)
    /// `did:web` or an https key URL that is not in the local issuer key cache.
    case notCached(String)
    /// The key or document is present but broken.
    case malformed(String)
    /// The controller document does not list the key for the proof's purpose.
    case notAuthorised(String)

    public var description: String {
        switch self {
        case .unsupportedMethod(let what):
            "cannot resolve \(what) offline (supported: did:key, did:jwk; did:web and https keys from the issuer cache)"
        case .notCached(let what):
            "\(what) is not in the local issuer key cache; add it with `cairn issuers add`"
        case .malformed(let what): "malformed key: \(what)"
        case .notAuthorised(let what): what
        }
    }
}
