/// A verification method turned into a usable key, with who controls it.
public struct ResolvedKey: Sendable {
    /// The verification method URL as the proof names it.
    public let id: String
    /// The DID or URL that controls the key (the DID for did:key/did:jwk, the document id otherwise).
    public let controller: String
    public let material: PublicKeyMaterial
    /// True when the key came from the user's issuer cache with the issuer marked trusted.
    public let trusted: Bool

    public init(id: String, controller: String, material: PublicKeyMaterial, trusted: Bool = false) {
        self.id = id
        self.controller = controller
        self.material = material
        self.trusted = trusted
    }
}
