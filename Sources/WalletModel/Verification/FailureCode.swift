/// Stable failure codes, shared by `inspect`, `import`, `verify` and `verify-bundle`.
public enum FailureCode: String, Codable, Sendable, CaseIterable {
    case malformed
    case noProof = "no-proof"
    case unsupportedProof = "unsupported-proof"
    case signatureInvalid = "signature-invalid"
    case issuerKeyMismatch = "issuer-key-mismatch"
    case undefinedTerms = "undefined-terms"
    case unknownContext = "unknown-context"
    case expired
    case notYetValid = "not-yet-valid"
    case revoked
    case suspended
    case statusUnknown = "status-unknown"
    case keyUnresolvable = "key-unresolvable"
    case untrustedIssuer = "untrusted-issuer"
    case selfAsserted = "self-asserted"
    case hostedBadge = "hosted-badge"
    // Bundle checks (verify-bundle).
    case holderSignatureInvalid = "holder-signature-invalid"
    case challengeMismatch = "challenge-mismatch"
    case domainMismatch = "domain-mismatch"
    case bundleExpired = "bundle-expired"
    case manifestMismatch = "manifest-mismatch"
}
