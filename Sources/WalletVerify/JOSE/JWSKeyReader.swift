import Crypto
import Foundation
import SwiftASN1
import WalletJSON
import X509
import _CryptoExtras

/// Reads verification keys from the forms credentials carry them in: a JWK object, a PEM block
/// (`PUBLIC KEY`, `RSA PUBLIC KEY`, `CERTIFICATE`) or a DER X.509 certificate.
public enum JWSKeyReader {
    /// A key from a public JWK (RFC 7517/7518/8037): `OKP`/Ed25519, `EC`/P-256|P-384, `RSA`.
    public static func key(jwk: JSONObject) throws(JOSEError) -> JWSVerificationKey {
        let kty = jwk["kty"]?.stringValue
        let crv = jwk["crv"]?.stringValue
        switch (kty, crv) {
        case ("OKP", "Ed25519"):
            let x = try member(jwk, "x")
            return try build("Ed25519") { try .ed25519(Curve25519.Signing.PublicKey(rawRepresentation: x)) }
        case ("EC", "P-256"):
            let point = try member(jwk, "x") + member(jwk, "y")
            return try build("P-256") { try .p256(P256.Signing.PublicKey(rawRepresentation: point)) }
        case ("EC", "P-384"):
            let point = try member(jwk, "x") + member(jwk, "y")
            return try build("P-384") { try .p384(P384.Signing.PublicKey(rawRepresentation: point)) }
        case ("RSA", _):
            let n = try member(jwk, "n")
            let e = try member(jwk, "e")
            return try build("RSA (at least 2048 bits)") { try .rsa(_RSA.Signing.PublicKey(n: n, e: e)) }
        default:
            throw JOSEError(.unsupported, "JWK key type \(kty ?? "?")/\(crv ?? "-") is not supported")
        }
    }

    /// A key from PEM text: a SubjectPublicKeyInfo, a PKCS#1 RSA key or a certificate.
    public static func key(pem: String) throws(JOSEError) -> JWSVerificationKey {
        if pem.contains("BEGIN CERTIFICATE") {
            let certificate: Certificate
            do { certificate = try Certificate(pemEncoded: pem) } catch {
                throw JOSEError(.badKey, "the PEM certificate cannot be read: \(error)")
            }
            return try key(certificate: certificate)
        }
        if pem.contains("BEGIN RSA PUBLIC KEY") {
            return try build("RSA (PKCS#1)") { try .rsa(_RSA.Signing.PublicKey(pemRepresentation: pem)) }
        }
        let spki: Certificate.PublicKey
        do { spki = try Certificate.PublicKey(pemEncoded: pem) } catch {
            throw JOSEError(.badKey, "the PEM public key cannot be read: \(error)")
        }
        return try key(spki)
    }

    /// A key from a DER-encoded X.509 certificate (e.g. a JAdES `x5c` entry).
    public static func key(certificateDER der: Data) throws(JOSEError) -> JWSVerificationKey {
        let certificate: Certificate
        do { certificate = try Certificate(derEncoded: Array(der)) } catch {
            throw JOSEError(.badKey, "the X.509 certificate cannot be read: \(error)")
        }
        return try key(certificate: certificate)
    }

    /// The subject public key of a parsed certificate.
    public static func key(certificate: Certificate) throws(JOSEError) -> JWSVerificationKey {
        try key(certificate.publicKey)
    }

    static func key(_ spki: Certificate.PublicKey) throws(JOSEError) -> JWSVerificationKey {
        if let rsa = _RSA.Signing.PublicKey(spki) { return .rsa(rsa) }
        if let p256 = P256.Signing.PublicKey(spki) { return .p256(p256) }
        if let p384 = P384.Signing.PublicKey(spki) { return .p384(p384) }
        if let ed = Curve25519.Signing.PublicKey(spki) { return .ed25519(ed) }
        throw JOSEError(.unsupported, "the key type of this certificate is not supported")
    }

    private static func member(_ jwk: JSONObject, _ name: String) throws(JOSEError) -> Data {
        guard let text = jwk[name]?.stringValue else {
            throw JOSEError(.badKey, "the JWK has no \"\(name)\" member")
        }
        guard let bytes = JOSEBase64URL.decode(text) else {
            throw JOSEError(.badKey, "the JWK member \"\(name)\" is not valid base64url")
        }
        return bytes
    }

    private static func build(
        _ what: String, _ make: () throws -> JWSVerificationKey
    ) throws(JOSEError) -> JWSVerificationKey {
        do { return try make() } catch {
            throw JOSEError(.badKey, "the JWK is not a valid \(what) public key")
        }
    }
}
