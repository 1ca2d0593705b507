import WalletJSON

/// Resolves a key reference (a JWS `kid`, a DID URL, an issuer id) to a public JWK, offline.
///
/// A seam: the dispatcher injects the wallet's resolver (did:key, did:jwk, the user's key cache);
/// tests inject fixed keys. Returning nil means "not resolvable offline".
public typealias JWKLookup = @Sendable (String) -> JSONObject?
