import Foundation
import WalletJSON

/// Turns a proof's `verificationMethod` into a key, offline.
///
/// `did:key` and `did:jwk` carry the key in the identifier. `did:web` and https URLs are looked
/// up through an injected function (the CLI backs it with the user's issuer cache), so this type
/// does no I/O and is trivially testable. Keys are never inferred from URL fragments.
public struct KeyResolver: Sendable {
    /// Returns the cached controller entry for a controller id (`did:web:…`, `https://…`), or nil.
    public typealias Lookup = @Sendable (String) -> IssuerCacheEntry?

    private let lookup: Lookup

    /// A resolver with a cache lookup; the default knows no cached issuers.
    public init(lookup: @escaping Lookup = { _ in nil }) {
        self.lookup = lookup
    }

    /// Resolves `verificationMethod`, requiring it to be usable for `purpose` (e.g. `assertionMethod`).
    public func resolve(_ verificationMethod: String, purpose: String = "assertionMethod") throws(KeyResolutionError) -> ResolvedKey {
        let (base, _) = Self.split(verificationMethod)
        if base.hasPrefix("did:key:") { return try DIDKey.resolve(verificationMethod) }
        if base.hasPrefix("did:jwk:") { return try DIDJWK.resolve(verificationMethod) }
        if base.hasPrefix("did:web:") || base.hasPrefix("https://") || base.hasPrefix("http://") {
            return try resolveCached(verificationMethod, base: base, purpose: purpose)
        }
        throw .unsupportedMethod("\"\(verificationMethod.prefix(80))\"")
    }

    private func resolveCached(_ methodID: String, base: String, purpose: String) throws(KeyResolutionError) -> ResolvedKey {
        guard let entry = lookup(base) ?? lookup(methodID) else { throw .notCached("\"\(base)\"") }
        let document = ControllerDocument(entry.document, id: entry.id)
        if document.id == methodID, entry.document["publicKeyMultibase"] != nil || entry.document["publicKeyJwk"] != nil {
            let controller = entry.document["controller"]?.stringValue ?? entry.id
            return ResolvedKey(
                id: methodID, controller: controller,
                material: try ControllerDocument.material(of: entry.document), trusted: entry.trusted)
        }
        guard let method = document.methods(for: purpose).first(where: { $0["id"]?.stringValue == methodID }) else {
            throw .notAuthorised("the cached document for \(entry.id) does not list \(methodID) under \(purpose)")
        }
        return ResolvedKey(
            id: methodID, controller: method["controller"]?.stringValue ?? document.id,
            material: try ControllerDocument.material(of: method), trusted: entry.trusted)
    }

    /// True when the user's cached document for `issuer` lists `methodID` under `assertionMethod`:
    /// an issuer may authorise a key it does not itself identify (e.g. an https issuer using a did:key).
    public func issuer(_ issuer: String, authorises methodID: String) -> Bool {
        lookup(issuer)?.assertionKeyIDs.contains(methodID) ?? false
    }

    /// Splits `did:…#fragment` into the part before `#` and the fragment.
    ///
    /// Searches the UTF-8 bytes: `firstIndex(of: Character)` walks grapheme clusters, which showed
    /// in the inspect benchmark. `#` is ASCII, so both halves stay valid UTF-8.
    static func split(_ url: String) -> (base: String, fragment: String?) {
        guard let hash = url.utf8.firstIndex(of: UInt8(ascii: "#")) else { return (url, nil) }
        return (String(url.utf8[..<hash]) ?? url, String(url.utf8[url.utf8.index(after: hash)...]))
    }
}

/// `did:key` (Ed25519 `z6Mk…`, P-256 `zDn…`, P-384 `z82…`): the key is the identifier.
enum DIDKey {
    static func resolve(_ methodID: String) throws(KeyResolutionError) -> ResolvedKey {
        let (base, fragment) = KeyResolver.split(methodID)
        let identifier = String(base.utf8.dropFirst("did:key:".utf8.count)) ?? ""
        if let fragment, fragment != identifier {
            throw .malformed("did:key fragment must equal the key identifier")
        }
        let material = try PublicKeyMaterial(multibase: identifier)
        return ResolvedKey(id: methodID, controller: base, material: material)
    }
}

/// `did:jwk`: the identifier is the base64url JWK; its single method is `#0`.
enum DIDJWK {
    static func resolve(_ methodID: String) throws(KeyResolutionError) -> ResolvedKey {
        let (base, fragment) = KeyResolver.split(methodID)
        if let fragment, fragment != "0" { throw .malformed("did:jwk has a single method, #0") }
        guard let bytes = Base64URL.decode(String(base.dropFirst("did:jwk:".count))),
            let jwk = try? JSONParser(maxDepth: 8, maxBytes: 16_384).parse(bytes).objectValue
        else { throw .malformed("did:jwk identifier is not a base64url JSON Web Key") }
        if jwk["use"]?.stringValue == "enc" { throw .notAuthorised("did:jwk key is for encryption only") }
        return ResolvedKey(id: methodID, controller: base, material: try JWK.publicKey(jwk))
    }
}
