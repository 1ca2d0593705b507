import Crypto
import Foundation
import Testing
import WalletJSON
import WalletModel
@testable import WalletVerify

/// VC-JWT and Open Badges 2.0 keys come from the same issuer key cache as Data Integrity proofs.
@Suite struct IssuerCacheBridgeTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// A `vc+jwt` signed by a P-256 key named by an https URL (only resolvable from the cache).
    func httpsToken(_ signer: P256.Signing.PrivateKey) throws -> String {
        let issuer = "https://uni.example/issuer"
        let payload = #"{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential"],"issuer":"\#(issuer)","validFrom":"2023-11-14T22:13:20Z","credentialSubject":{"id":"did:example:x"},"iss":"\#(issuer)"}"#
        let header = #"{"alg":"ES256","typ":"vc+jwt","kid":"\#(issuer)#key-1"}"#
        return try JWSSignatureTests.token(header: header, payload: payload) { try signer.signature(for: $0).rawRepresentation }
    }

    static func entry(_ id: String, _ document: JSONObject) -> IssuerCacheEntry {
        IssuerCacheEntry(id: id, document: document, trusted: false, addedAt: Date(timeIntervalSince1970: 0), source: "test")
    }

    @Test("a VC-JWT with an https kid is unverifiable without the cache and verified with the cached JWK")
    func jwtKeyFromCache() throws {
        let signer = P256.Signing.PrivateKey()
        let token = Data(try httpsToken(signer).utf8)
        let bare = try CredentialInspector().inspect(token, at: now).verification
        #expect(bare.status == .unverifiable)
        #expect(bare.check(.proof)?.code == .keyUnresolvable)
        let method = JSONObject([
            ("id", .string("https://uni.example/issuer#key-1")), ("type", .string("JsonWebKey")),
            ("publicKeyJwk", .object(TestKeys.jwk(signer.publicKey))),
        ])
        let document = JSONObject([("id", .string("https://uni.example/issuer")), ("assertionMethod", .array([.object(method)]))])
        let cached = Self.entry("https://uni.example/issuer", document)
        let inspector = CredentialInspector(registry: .jcs, issuerLookup: { $0 == cached.id ? cached : nil })
        let report = try inspector.inspect(token, at: now).verification
        #expect(report.status == .verified, "\(report.checks)")
        let other = CredentialInspector(registry: .jcs, issuerLookup: { _ in
            Self.entry("https://uni.example/issuer", JSONObject([("id", .string("https://uni.example/issuer")), ("assertionMethod", .array([
                .object(JSONObject([("id", .string("https://uni.example/issuer#key-1")),
                                    ("publicKeyJwk", .object(TestKeys.jwk(P256.Signing.PrivateKey().publicKey)))])),
            ]))]))
        })
        #expect(try other.inspect(token, at: now).verification.check(.proof)?.code == .signatureInvalid)
    }

    @Test("a signed Open Badges 2.0 assertion verifies with the badge, issuer and key documents from the cache")
    func openBadges2FromCache() throws {
        let lookup: KeyResolver.Lookup = { iri in
            OpenBadges2VerifierTests.assets(iri).map { Self.entry(iri, $0) }
        }
        let data = try VerifyMoreFixtures.data("OpenBadges2/simple.jwt")
        #expect(try CredentialInspector().inspect(data, at: now).verification.status != .verified)
        let report = try CredentialInspector(registry: .jcs, issuerLookup: lookup).inspect(data, at: now).verification
        #expect(report.status == .verified, "\(report.checks)")
    }

    @Test("a cached Multikey method converts to the same JWK as its did:key; private JWKs are refused")
    func multikeyAndPrivateJWK() throws {
        let multibase = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
        let method = JSONObject([("publicKeyMultibase", .string(multibase))])
        #expect(IssuerCacheBridge.jwk(of: method) == MinimalDIDKeyResolver.resolve("did:key:" + multibase))
        #expect(IssuerCacheBridge.jwk(of: method)?["crv"]?.stringValue == "Ed25519")
        let secret = JSONObject([("publicKeyJwk", .object(JSONObject([("kty", .string("OKP")), ("d", .string("AA"))])))])
        #expect(IssuerCacheBridge.jwk(of: secret) == nil)
    }
}
