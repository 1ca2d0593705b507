/// RDFC-1.0 (W3C Recommendation 2024-05-21): canonical blank-node labels and canonical N-Quads.
///
/// Written here because no Swift library implements it. The hash is a parameter because the
/// ecdsa P-384 suite runs RDFC-1.0 with SHA-384. `maxWork` bounds N-degree hashing (calls plus
/// permutations) so a poison graph fails with `RDFCError.workLimitExceeded` instead of hanging.
public struct RDFCanonicalizer: Sendable {
    public var hashAlgorithm: RDFCHashAlgorithm
    /// Budget of HashNDegree calls plus permutations tried. Credentials need 0–a few dozen; the
    /// whole W3C suite stays far below the default.
    public var maxWork: Int

    public init(hashAlgorithm: RDFCHashAlgorithm = .sha256, maxWork: Int = 50_000) {
        self.hashAlgorithm = hashAlgorithm
        self.maxWork = maxWork
    }

    /// The canonicalised dataset.
    public struct Result: Sendable {
        /// Canonical N-Quads: sorted lines, each ending in `\n`.
        public let nquads: String
        /// Input blank-node label → canonical label (`c14nN`), the RDFC "issued identifiers map".
        public let issuedIdentifiers: [String: String]
    }

    /// Canonicalises `quads` (duplicates are removed, as a dataset is a set).
    public func canonicalize(_ quads: [RDFQuad]) throws(RDFCError) -> Result {
        try canonicalize(RDFDataset(quads))
    }

    /// Canonicalises a dataset (already free of duplicates).
    public func canonicalize(_ dataset: RDFDataset) throws(RDFCError) -> Result {
        var state = RDFCState(quads: dataset.quads, hash: hashAlgorithm, maxWork: maxWork)
        try state.issueCanonicalIdentifiers()
        let issued = state.canonicalIssuer.issued
        var lines: [String] = []
        lines.reserveCapacity(state.quads.count)
        for quad in state.quads {
            var line = ""
            NQuadsSerializer.write(quad, into: &line) { issued[$0] ?? $0 }
            lines.append(line)
        }
        lines.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var out = ""
        out.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count })
        for line in lines { out.append(line) }
        return Result(nquads: out, issuedIdentifiers: issued)
    }

    /// Canonical N-Quads of `quads`.
    public func canonicalNQuads(_ quads: [RDFQuad]) throws(RDFCError) -> String {
        try canonicalize(quads).nquads
    }
}
