/// The canonicalisation state of RDFC-1.0 § 4.3 and the algorithms of §§ 4.4–4.8.
struct RDFCState {
    let quads: [RDFQuad]
    let hash: RDFCHashAlgorithm
    let maxWork: Int
    var work = 0
    /// Blank-node label → indices of the quads that mention it.
    var blankToQuads: [String: [Int]] = [:]
    /// Blank labels in first-seen order (keeps runs reproducible).
    var blankOrder: [String] = []
    var canonicalIssuer = IdentifierIssuer(prefix: "c14n")
    var firstDegreeCache: [String: String] = [:]

    init(quads: [RDFQuad], hash: RDFCHashAlgorithm, maxWork: Int) {
        self.quads = quads
        self.hash = hash
        self.maxWork = maxWork
        for (index, quad) in quads.enumerated() {
            for term in [quad.subject, quad.object, quad.graph] {
                guard let label = term?.blankLabel else { continue }
                if blankToQuads[label] == nil { blankOrder.append(label) }
                if blankToQuads[label]?.last != index { blankToQuads[label, default: []].append(index) }
            }
        }
    }

    /// § 4.4.3 steps 3–6: issue `c14nN` for every blank node.
    mutating func issueCanonicalIdentifiers() throws(RDFCError) {
        var hashToBlanks: [String: [String]] = [:]
        for label in blankOrder {
            hashToBlanks[hashFirstDegree(label), default: []].append(label)
        }
        var shared: [(String, [String])] = []
        for hashValue in hashToBlanks.keys.sorted(by: Self.codePointLess) {
            guard let labels = hashToBlanks[hashValue] else { continue }
            if labels.count == 1 {
                canonicalIssuer.issue(labels[0])
            } else {
                shared.append((hashValue, labels))
            }
        }
        for (_, labels) in shared {
            var results: [(hash: String, issuer: IdentifierIssuer)] = []
            for label in labels where !canonicalIssuer.hasIssued(label) {
                var temporary = IdentifierIssuer(prefix: "b")
                temporary.issue(label)
                results.append(try hashNDegree(label, issuer: temporary))
            }
            results.sort { Self.codePointLess($0.hash, $1.hash) }
            for result in results {
                for existing in result.issuer.order { canonicalIssuer.issue(existing) }
            }
        }
    }

    static func codePointLess(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    /// § 4.6 Hash First Degree Quads, memoised per blank node.
    mutating func hashFirstDegree(_ label: String) -> String {
        if let cached = firstDegreeCache[label] { return cached }
        var lines: [String] = []
        for index in blankToQuads[label] ?? [] {
            var line = ""
            NQuadsSerializer.write(quads[index], into: &line) { $0 == label ? "a" : "z" }
            lines.append(line)
        }
        lines.sort(by: Self.codePointLess)
        let result = hash.hexDigest(lines.joined())
        firstDegreeCache[label] = result
        return result
    }

    /// § 4.7 Hash Related Blank Node.
    mutating func hashRelated(
        _ related: String, quad: RDFQuad, issuer: IdentifierIssuer, position: String
    ) -> String {
        var input = position
        if position != "g" {
            input += "<"
            if case .iri(let predicate) = quad.predicate { input += predicate }
            input += ">"
        }
        if let id = canonicalIssuer.identifier(for: related) ?? issuer.identifier(for: related) {
            input += "_:" + id
        } else {
            input += hashFirstDegree(related)
        }
        return hash.hexDigest(input)
    }

    mutating func spend() throws(RDFCError) {
        work += 1
        if work > maxWork { throw .workLimitExceeded(limit: maxWork) }
    }
}
