import WalletJSON

/// Adapts the user's issuer key cache (`KeyResolver.Lookup`) to the lookups the VC-JWT and
/// Open Badges 2.0 verifiers take, so every format sees the same keys.
///
/// Self-describing DIDs (`did:key`, `did:jwk`) resolve from the identifier first; anything else
/// only from the cache — never from the network, never inferred from a URL fragment.
struct IssuerCacheBridge: Sendable {
    let lookup: KeyResolver.Lookup

    /// A JWS `kid` (DID URL or https key URL) → the public JWK the cache holds for it.
    func jwk(for reference: String) -> JSONObject? {
        if let described = MinimalDIDKeyResolver.resolve(reference) { return described }
        let base = KeyResolver.split(reference).base
        guard let entry = lookup(base) ?? lookup(reference) else { return nil }
        let document = ControllerDocument(entry.document, id: entry.id)
        let candidates = [entry.document] + document.allMethods
        guard let method = candidates.first(where: { document.absolute($0["id"]?.stringValue ?? "") == reference })
            ?? (reference == base ? document.methods(for: "assertionMethod").first : nil)
        else { return nil }
        return Self.jwk(of: method)
    }

    /// An Open Badges 2.0 IRI (badge class, issuer profile, key, revocation list) → its cached document.
    func document(for iri: String) -> JSONObject? {
        guard let entry = lookup(iri) else { return nil }
        if entry.id == iri || entry.document["id"]?.stringValue == iri { return entry.document }
        let document = ControllerDocument(entry.document, id: entry.id)
        return document.allMethods.first { document.absolute($0["id"]?.stringValue ?? "") == iri } ?? entry.document
    }

    /// The method's key as a JWK: `publicKeyJwk` as is (refused if it has a private part), or a
    /// Multikey `publicKeyMultibase` converted like a did:key.
    static func jwk(of method: JSONObject) -> JSONObject? {
        if let jwk = method["publicKeyJwk"]?.objectValue { return jwk["d"] == nil ? jwk : nil }
        if let multibase = method["publicKeyMultibase"]?.stringValue, multibase.hasPrefix("z") {
            return MinimalDIDKeyResolver.jwk(fromDIDKey: "did:key:" + multibase)
        }
        return nil
    }
}
