import Crypto
import Foundation
import Testing
import WalletJSON
import WalletModel
@testable import WalletVerify

@Suite struct JOSEBase64URLTests {
    @Test("decodes canonical unpadded base64url and round-trips")
    func roundTrip() {
        let bytes = Data((0..<200).map { UInt8($0) })
        let text = JOSEBase64URL.encode(bytes)
        #expect(!text.contains("=") && !text.contains("+") && !text.contains("/"))
        #expect(JOSEBase64URL.decode(text) == bytes)
    }

    @Test("rejects padding, the standard alphabet, whitespace, impossible lengths and non-zero trailing bits")
    func rejectsNonCanonical() {
        for bad in ["QQ==", "a+b/", "QU JD", "QUJDR", "QR", "!!!!"] {
            #expect(JOSEBase64URL.decode(bad) == nil, "\(bad) must be rejected")
        }
        #expect(JOSEBase64URL.decode("QQ") == Data([0x41]))
    }
}

@Suite struct JWSSignatureTests {
    static func token(header: String, payload: String, sign: (Data) throws -> Data) rethrows -> String {
        let input = JOSEBase64URL.encode(Data(header.utf8)) + "." + JOSEBase64URL.encode(Data(payload.utf8))
        return input + "." + JOSEBase64URL.encode(try sign(Data(input.utf8)))
    }

    @Test("verifies EdDSA, ES256 and ES384 (raw r||s) signatures from JWKs")
    func everyAlgorithm() throws {
        let ed = Curve25519.Signing.PrivateKey()
        let p256 = P256.Signing.PrivateKey()
        let p384 = P384.Signing.PrivateKey()
        let cases: [(String, JSONObject, (Data) throws -> Data)] = [
            ("EdDSA", TestKeys.jwk(ed.publicKey), { try ed.signature(for: $0) }),
            ("ES256", TestKeys.jwk(p256.publicKey), { try p256.signature(for: $0).rawRepresentation }),
            ("ES384", TestKeys.jwk(p384.publicKey), { try p384.signature(for: $0).rawRepresentation }),
        ]
        for (alg, jwk, sign) in cases {
            let jws = try CompactJWS(try Self.token(header: #"{"alg":"\#(alg)"}"#, payload: "{}", sign: sign))
            let key = try JWSKeyReader.key(jwk: jwk)
            #expect(try key.isValidSignature(jws.signature, for: jws.signingInput, algorithm: jws.algorithm), "\(alg)")
            var flipped = jws.signature
            flipped[0] ^= 0x01
            #expect(try !key.isValidSignature(flipped, for: jws.signingInput, algorithm: jws.algorithm), "\(alg) flipped")
        }
    }

    @Test("refuses an algorithm that does not fit the key instead of verifying")
    func algorithmKeyMismatch() throws {
        let key = try JWSKeyReader.key(jwk: TestKeys.jwk(P256.Signing.PrivateKey().publicKey))
        #expect(throws: JOSEError.self) { try key.isValidSignature(Data([1]), for: Data(), algorithm: .rs256) }
    }

    @Test("reports none, HS256 and unknown algorithms as unsupported-proof")
    func unsupportedAlgorithms() {
        for alg in ["none", "HS256", "ES512"] {
            do {
                _ = try JWSAlgorithm(header: alg)
                Issue.record("\(alg) accepted")
            } catch { #expect(error.failureCode == .unsupportedProof) }
        }
    }

    @Test("rejects malformed compact serialisations with a clear message")
    func malformedCompact() {
        let cases = ["a.b", "a.b.c.d", "!!.e30.AA", "e30.e30.", "bm90IGpzb24.e30.AA"]
        for text in cases {
            #expect(throws: JOSEError.self, "\(text)") { try CompactJWS(text) }
        }
    }

    @Test("verifies RS256 (PKCS#1 v1.5) with an RSA key read from PEM, and rejects it with another key")
    func rs256FromPEM() throws {
        let jws = try CompactJWS(try VerifyMoreFixtures.data("OpenBadges2/simple.jwt"))
        let key1 = try JWSKeyReader.key(pem: try #require(try VerifyMoreFixturesKeys.pem("key1")))
        let key2 = try JWSKeyReader.key(pem: try #require(try VerifyMoreFixturesKeys.pem("key2")))
        #expect(key1.label == "RSA-2048")
        #expect(try key1.isValidSignature(jws.signature, for: jws.signingInput, algorithm: .rs256))
        #expect(try !key2.isValidSignature(jws.signature, for: jws.signingInput, algorithm: .rs256))
    }
}

enum VerifyMoreFixturesKeys {
    static func pem(_ name: String) throws -> String? {
        try VerifyMoreFixtures.object("OpenBadges2/assets/\(name).json")["publicKeyPem"]?.stringValue
    }
}

/// JWKs for keys generated in the tests.
enum TestKeys {
    static func jwk(_ key: Curve25519.Signing.PublicKey) -> JSONObject {
        object(["kty": "OKP", "crv": "Ed25519", "x": JOSEBase64URL.encode(key.rawRepresentation)])
    }

    static func jwk(_ key: P256.Signing.PublicKey) -> JSONObject { ec("P-256", key.rawRepresentation) }

    static func jwk(_ key: P384.Signing.PublicKey) -> JSONObject { ec("P-384", key.rawRepresentation) }

    static func ec(_ curve: String, _ raw: Data) -> JSONObject {
        let half = raw.count / 2
        return object(["kty": "EC", "crv": curve, "x": JOSEBase64URL.encode(raw.prefix(half)), "y": JOSEBase64URL.encode(raw.suffix(half))])
    }

    static func object(_ members: KeyValuePairs<String, String>) -> JSONObject {
        JSONObject(members.map { ($0.key, JSONValue.string($0.value)) })
    }

    static func didJWK(_ jwk: JSONObject) -> String {
        "did:jwk:" + JOSEBase64URL.encode(Data(JSONWriter().string(.object(jwk)).utf8))
    }
}
