/// The RDF-canonicalisation signature suites whose hash data `RDFCSuiteHasher` produces.
public enum RDFCSuite: String, Sendable, CaseIterable {
    /// `DataIntegrityProof` + `cryptosuite: eddsa-rdfc-2022` (draft alias `eddsa-2022`).
    case eddsaRdfc2022 = "eddsa-rdfc-2022"
    /// Legacy `Ed25519Signature2020` proofs (VC 1.1 era; no `cryptosuite`).
    case ed25519Signature2020 = "Ed25519Signature2020"
    /// `DataIntegrityProof` + `cryptosuite: ecdsa-rdfc-2019` with a P-256 key: SHA-256 throughout.
    case ecdsaRdfc2019P256 = "ecdsa-rdfc-2019/P-256"
    /// `ecdsa-rdfc-2019` with a P-384 key: SHA-384 inside RDFC-1.0 and for both hashes.
    case ecdsaRdfc2019P384 = "ecdsa-rdfc-2019/P-384"

    /// The hash for RDFC-1.0 and for the two halves of the hash data.
    public var hashAlgorithm: RDFCHashAlgorithm { self == .ecdsaRdfc2019P384 ? .sha384 : .sha256 }

    /// Whether a proof's `type` and `cryptosuite` name this suite.
    public func matches(type: String?, cryptosuite: String?) -> Bool {
        switch self {
        case .eddsaRdfc2022:
            type == "DataIntegrityProof" && (cryptosuite == "eddsa-rdfc-2022" || cryptosuite == "eddsa-2022")
        case .ed25519Signature2020: type == "Ed25519Signature2020"
        case .ecdsaRdfc2019P256, .ecdsaRdfc2019P384: type == "DataIntegrityProof" && cryptosuite == "ecdsa-rdfc-2019"
        }
    }
}
