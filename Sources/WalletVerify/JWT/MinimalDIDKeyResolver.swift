import Crypto
import Foundation
import WalletJSON

/// A small offline resolver for self-describing DIDs — `did:jwk` and `did:key` (Ed25519, P-256,
/// P-384) — returning the key as a JWK. Used as the default `JWKLookup` until the shared resolver
/// replaces it; it never touches the network and never derives keys from https URL fragments.
public enum MinimalDIDKeyResolver {
    /// The JWK for a `did:jwk:…` or `did:key:z…` identifier or DID URL (fragment ignored); else nil.
    @Sendable public static func resolve(_ reference: String) -> JSONObject? {
        let did = reference.split(separator: "#", maxSplits: 1).first.map(String.init) ?? reference
        if did.hasPrefix("did:jwk:") { return jwk(fromDIDJWK: did) }
        if did.hasPrefix("did:key:z") { return jwk(fromDIDKey: did) }
        return nil
    }

    static func jwk(fromDIDJWK did: String) -> JSONObject? {
        guard let bytes = JOSEBase64URL.decode(did.dropFirst("did:jwk:".count)),
            let object = try? JSONParser().parse(bytes).objectValue,
            object["d"] == nil
        else { return nil }
        return object
    }

    static func jwk(fromDIDKey did: String) -> JSONObject? {
        guard let bytes = Base58.decode(String(did.dropFirst("did:key:z".count))),
            let (codec, raw) = Multicodec.split(bytes)
        else { return nil }
        let key = Data(raw)
        switch codec {
        case .ed25519Public:
            return object(["kty": "OKP", "crv": "Ed25519", "x": JOSEBase64URL.encode(key)])
        case .p256Public:
            guard let point = try? P256.Signing.PublicKey(compressedRepresentation: key) else { return nil }
            return ecJWK("P-256", point.rawRepresentation)
        case .p384Public:
            guard let point = try? P384.Signing.PublicKey(compressedRepresentation: key) else { return nil }
            return ecJWK("P-384", point.rawRepresentation)
        }
    }

    private static func ecJWK(_ curve: String, _ raw: Data) -> JSONObject {
        let half = raw.count / 2
        return object([
            "kty": "EC", "crv": curve,
            "x": JOSEBase64URL.encode(raw.prefix(half)), "y": JOSEBase64URL.encode(raw.suffix(half)),
        ])
    }

    private static func object(_ members: KeyValuePairs<String, String>) -> JSONObject {
        JSONObject(members.map { ($0.key, JSONValue.string($0.value)) })
    }
}
