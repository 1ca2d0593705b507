import WalletJSON

/// Finds the suite for a proof: by `cryptosuite` when `type` is `DataIntegrityProof`, else by `type`.
///
/// `standard` holds every suite cairn implements (JCS and RDFC); a proof of any other suite is
/// reported `unknown` / `unsupported-proof`, never passed.
public struct ProofSuiteRegistry: Sendable {
    private var suites: [String: any ProofSuite] = [:]

    /// An empty registry.
    public init() {}

    /// The suites cairn implements without JSON-LD: `eddsa-jcs-2022` and `ecdsa-jcs-2019`.
    public static let jcs: ProofSuiteRegistry = {
        var registry = ProofSuiteRegistry()
        registry.register(EdDSAJCS2022())
        registry.register(ECDSAJCS2019())
        return registry
    }()

    /// Every suite cairn implements: the JCS suites plus the JSON-LD/RDFC ones (`eddsa-rdfc-2022`
    /// and its alias `eddsa-2022`, `Ed25519Signature2020`, `ecdsa-rdfc-2019` on P-256 and P-384).
    /// The default of `CredentialInspector()` and `DataIntegrityVerifier()`.
    public static let standard: ProofSuiteRegistry = {
        var registry = ProofSuiteRegistry.jcs
        registry.register(EdDSARDFC2022())
        registry.register(Ed25519Signature2020())
        registry.register(ECDSARDFC2019())
        return registry
    }()

    /// Adds (or replaces) a suite under each of its names.
    public mutating func register(_ suite: any ProofSuite) {
        for name in suite.names { suites[name] = suite }
    }

    /// The suite name a proof asks for: its `cryptosuite` for DataIntegrityProof, else its `type`.
    public static func suiteName(of proof: JSONObject) -> String? {
        let type = proof["type"]?.stringValue
        if type == "DataIntegrityProof" { return proof["cryptosuite"]?.stringValue }
        return type
    }

    /// The registered suite for `proof`, or nil.
    public func suite(for proof: JSONObject) -> (any ProofSuite)? {
        Self.suiteName(of: proof).flatMap { suites[$0] }
    }

    /// All registered names, sorted (for messages).
    public var names: [String] { suites.keys.sorted() }
}
