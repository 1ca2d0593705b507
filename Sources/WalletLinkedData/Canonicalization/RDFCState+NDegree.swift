/// § 4.8 Hash N-Degree Quads, with the work bound of § 7.1.
extension RDFCState {
    mutating func hashNDegree(
        _ label: String, issuer startIssuer: IdentifierIssuer
    ) throws(RDFCError) -> (hash: String, issuer: IdentifierIssuer) {
        try spend()
        var issuer = startIssuer
        let hashToRelated = relatedHashes(of: label, issuer: issuer)
        var data = ""
        for relatedHash in hashToRelated.keys.sorted(by: Self.codePointLess) {
            data += relatedHash
            var chosenPath = ""
            var chosenIssuer: IdentifierIssuer?
            var permutation = hashToRelated[relatedHash] ?? []
            permutation.sort(by: Self.codePointLess)
            repeat {
                try spend()
                guard let (path, issuerCopy) = try pathFor(permutation, issuer: issuer, chosenPath: chosenPath)
                else { continue }
                if chosenIssuer == nil || Self.codePointLess(path, chosenPath) {
                    chosenPath = path
                    chosenIssuer = issuerCopy
                }
            } while Self.nextPermutation(&permutation)
            data += chosenPath
            if let chosenIssuer { issuer = chosenIssuer }
        }
        return (hash.hexDigest(data), issuer)
    }

    /// Step 3: related blank node → hash, grouped by hash.
    mutating func relatedHashes(of label: String, issuer: IdentifierIssuer) -> [String: [String]] {
        var hashToRelated: [String: [String]] = [:]
        for index in blankToQuads[label] ?? [] {
            let quad = quads[index]
            let parts: [(RDFTerm?, String)] = [(quad.subject, "s"), (quad.object, "o"), (quad.graph, "g")]
            for (term, position) in parts {
                guard let related = term?.blankLabel, related != label else { continue }
                let relatedHash = hashRelated(related, quad: quad, issuer: issuer, position: position)
                hashToRelated[relatedHash, default: []].append(related)
            }
        }
        return hashToRelated
    }

    /// Step 5.4: the path for one permutation, or nil when it cannot beat `chosenPath`.
    mutating func pathFor(
        _ permutation: [String], issuer: IdentifierIssuer, chosenPath: String
    ) throws(RDFCError) -> (String, IdentifierIssuer)? {
        var issuerCopy = issuer
        var path = ""
        var recursion: [String] = []
        for related in permutation {
            if let id = canonicalIssuer.identifier(for: related) {
                path += "_:" + id
            } else {
                if !issuerCopy.hasIssued(related) { recursion.append(related) }
                path += "_:" + issuerCopy.issue(related)
            }
            if Self.worse(path, than: chosenPath) { return nil }
        }
        for related in recursion {
            let result = try hashNDegree(related, issuer: issuerCopy)
            path += "_:" + issuerCopy.issue(related)
            path += "<" + result.hash + ">"
            issuerCopy = result.issuer
            if Self.worse(path, than: chosenPath) { return nil }
        }
        return (path, issuerCopy)
    }

    static func worse(_ path: String, than chosenPath: String) -> Bool {
        !chosenPath.isEmpty && path.utf8.count >= chosenPath.utf8.count && codePointLess(chosenPath, path)
    }

    /// Advances `items` to the next lexicographic permutation; false after the last one.
    static func nextPermutation(_ items: inout [String]) -> Bool {
        guard items.count > 1 else { return false }
        var pivot = items.count - 2
        while pivot >= 0, !codePointLess(items[pivot], items[pivot + 1]) { pivot -= 1 }
        guard pivot >= 0 else { return false }
        var successor = items.count - 1
        while !codePointLess(items[pivot], items[successor]) { successor -= 1 }
        items.swapAt(pivot, successor)
        items[(pivot + 1)...].reverse()
        return true
    }
}
