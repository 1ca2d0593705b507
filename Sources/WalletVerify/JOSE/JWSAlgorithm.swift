/// The JWS `alg` values cairn verifies (RFC 7518, RFC 8037).
///
/// Everything else — including `none` and the HMAC family, which a verifier holding only public
/// keys must never accept — is reported as `unsupported-proof`.
public enum JWSAlgorithm: String, Sendable, CaseIterable {
    case edDSA = "EdDSA"
    case es256 = "ES256"
    case es384 = "ES384"
    case rs256 = "RS256"
    case ps256 = "PS256"

    /// Reads the `alg` header value.
    public init(header value: String?) throws(JOSEError) {
        guard let value else { throw JOSEError(.malformed, "the JWS header has no \"alg\"") }
        guard let alg = JWSAlgorithm(rawValue: value) else {
            throw JOSEError(.unsupported, "JWS algorithm \"\(value)\" is not supported (EdDSA, ES256, ES384, RS256, PS256 are)")
        }
        self = alg
    }
}
