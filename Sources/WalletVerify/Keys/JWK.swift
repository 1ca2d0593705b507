import Crypto
import Foundation
import WalletJSON
import _CryptoExtras

/// JSON Web Key (RFC 7517) → public key, for `did:jwk`, `publicKeyJwk` and JOSE headers.
public enum JWK {
    /// Reads a public JWK. Rejects private keys (`d`), so a secret pasted by mistake is never stored or used.
    public static func publicKey(_ jwk: JSONObject) throws(KeyResolutionError) -> PublicKeyMaterial {
        guard jwk["d"] == nil else { throw .malformed("the JWK contains a private key (\"d\"); give the public key only") }
        let kty = jwk["kty"]?.stringValue ?? ""
        let crv = jwk["crv"]?.stringValue ?? ""
        switch (kty, crv) {
        case ("OKP", "Ed25519"):
            let x = try member(jwk, "x", length: 32)
            return try build("Ed25519") { .ed25519(try Curve25519.Signing.PublicKey(rawRepresentation: x)) }
        case ("EC", "P-256"):
            let point = [0x04] + (try member(jwk, "x", length: 32)) + (try member(jwk, "y", length: 32))
            return try build("P-256") { .p256(try P256.Signing.PublicKey(x963Representation: point)) }
        case ("EC", "P-384"):
            let point = [0x04] + (try member(jwk, "x", length: 48)) + (try member(jwk, "y", length: 48))
            return try build("P-384") { .p384(try P384.Signing.PublicKey(x963Representation: point)) }
        case ("RSA", _):
            let n = try member(jwk, "n", length: nil)
            let e = try member(jwk, "e", length: nil)
            return try build("RSA") { .rsa(try _RSA.Signing.PublicKey(n: n, e: e)) }
        default:
            throw .malformed("unsupported JWK kty \"\(kty)\" crv \"\(crv)\" (supported: OKP Ed25519, EC P-256/P-384, RSA)")
        }
    }

    /// The JWK for a key (used when the CLI stores a key given as PEM-less multibase).
    public static func jwk(for key: PublicKeyMaterial) -> JSONObject? {
        switch key {
        case .ed25519(let k):
            return JSONObject([("kty", .string("OKP")), ("crv", .string("Ed25519")), ("x", .string(Base64URL.encode(k.rawRepresentation)))])
        case .p256(let k): return ecJWK("P-256", Array(k.x963Representation.dropFirst()))
        case .p384(let k): return ecJWK("P-384", Array(k.x963Representation.dropFirst()))
        case .rsa: return nil
        }
    }

    private static func ecJWK(_ curve: String, _ xy: [UInt8]) -> JSONObject {
        let half = xy.count / 2
        return JSONObject([
            ("kty", .string("EC")), ("crv", .string(curve)),
            ("x", .string(Base64URL.encode(xy[..<half]))), ("y", .string(Base64URL.encode(xy[half...]))),
        ])
    }

    private static func member(_ jwk: JSONObject, _ name: String, length: Int?) throws(KeyResolutionError) -> [UInt8] {
        guard let text = jwk[name]?.stringValue, let bytes = Base64URL.decode(text) else {
            throw .malformed("JWK member \"\(name)\" is missing or not base64url")
        }
        if let length, bytes.count != length {
            throw .malformed("JWK member \"\(name)\" has \(bytes.count) bytes, expected \(length)")
        }
        return bytes
    }

    private static func build(_ what: String, _ make: () throws -> PublicKeyMaterial) throws(KeyResolutionError) -> PublicKeyMaterial {
        do {
            return try make()
        } catch {
            throw .malformed("the \(what) JWK is not a valid public key")
        }
    }
}
