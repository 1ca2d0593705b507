import WalletJSON

/// The canonicalisation step of the rdfc signature suites as a pure function:
/// `hashData = H(RDFC(proof config)) ‖ H(RDFC(document))` (VC DI EdDSA § 3.2.4–3.2.6,
/// VC DI ECDSA § 3.2, Ed25519Signature2020 — proof hash first).
///
/// Usage: `try RDFCSuiteHasher(suite: .eddsaRdfc2022).hash(document: unsecured, proof: proof).hashData`,
/// then verify the signature over `hashData` with the key (Ed25519: the 64 bytes; ECDSA: the
/// curve's standard hash-then-verify over the 64/96 bytes).
public struct RDFCSuiteHasher: Sendable {
    public let suite: RDFCSuite
    public let processor: JSONLDProcessor
    public let canonicalizer: RDFCanonicalizer

    /// Everything the suite computes, for stage-by-stage checks and error messages.
    public struct Output: Sendable, Equatable {
        public let canonicalProofConfig: String
        public let canonicalDocument: String
        public let proofHash: [UInt8]
        public let documentHash: [UInt8]
        /// `proofHash ‖ documentHash` — the bytes that are signed.
        public var hashData: [UInt8] { proofHash + documentHash }
    }

    /// `processor` defaults to the shared bundled-context processor (safe mode on, cached contexts).
    public init(suite: RDFCSuite, processor: JSONLDProcessor = .bundled, maxWork: Int = 50_000) {
        self.suite = suite
        self.processor = processor
        self.canonicalizer = RDFCanonicalizer(hashAlgorithm: suite.hashAlgorithm, maxWork: maxWork)
    }

    /// Hash data for `document` (the credential without `proof`) and `proof` (one proof object;
    /// `proofValue` is removed here and `@context` is set to the document's, as the suites require).
    public func hash(document: JSONObject, proof: JSONObject) throws(RDFCSuiteError) -> Output {
        let config = try proofConfig(document: document, proof: proof)
        let canonicalConfig = try canonicalize(.object(config))
        let canonicalDocument = try canonicalize(.object(document))
        let algorithm = suite.hashAlgorithm
        return Output(
            canonicalProofConfig: canonicalConfig, canonicalDocument: canonicalDocument,
            proofHash: algorithm.digest(Array(canonicalConfig.utf8)),
            documentHash: algorithm.digest(Array(canonicalDocument.utf8)))
    }

    /// The proof configuration: proof minus `proofValue`, with the document's `@context`.
    public func proofConfig(document: JSONObject, proof: JSONObject) throws(RDFCSuiteError) -> JSONObject {
        let type = proof["type"]?.stringValue
        let cryptosuite = proof["cryptosuite"]?.stringValue
        guard suite.matches(type: type, cryptosuite: cryptosuite) else {
            throw .invalidProof("type \(type ?? "none") / cryptosuite \(cryptosuite ?? "none") is not \(suite.rawValue)")
        }
        var config = proof
        config["proofValue"] = nil
        config["@context"] = nil
        var ordered = JSONObject()
        if let context = document["@context"] { ordered["@context"] = context }
        for (key, value) in config { ordered[key] = value }
        return ordered
    }

    /// Canonical N-Quads of one JSON-LD document (safe-mode expansion, toRdf, RDFC-1.0).
    public func canonicalize(_ document: JSONValue) throws(RDFCSuiteError) -> String {
        let dataset: RDFDataset
        do {
            dataset = try processor.toRDF(document)
        } catch {
            throw .jsonLD(error)
        }
        do {
            return try canonicalizer.canonicalize(dataset).nquads
        } catch {
            throw .canonicalization(error)
        }
    }
}

extension JSONLDProcessor {
    /// The shared processor over the bundled context store.
    public static let bundled = JSONLDProcessor(loader: ContextStore.bundled)
}
