import Crypto
import Foundation
import Testing
import WalletJSON
import WalletFormats
@testable import WalletVerify

@Suite struct KeyResolutionTests {
    @Test("base58btc round-trips and keeps leading zero bytes as 1s")
    func base58() throws {
        let bytes: [UInt8] = [0, 0, 1, 2, 255, 128, 7]
        let text = Base58.encode(bytes)
        #expect(text.hasPrefix("11"))
        #expect(Base58.decode(text) == bytes)
        #expect(Base58.decode("0OIl") == nil)
    }

    @Test("base58btc decodes known vectors and random inputs of every length up to 80 bytes")
    func base58Lengths() {
        #expect(Base58.decode("") == [])
        #expect(Base58.decode("111") == [0, 0, 0])
        #expect(Base58.decode("StV1DL6CwTryKyV") == Array("hello world".utf8))
        #expect(Base58.decode("1112") == [0, 0, 0, 1])
        var generator = SystemRandomNumberGenerator()
        for length in 0...80 {
            let zeros = Int.random(in: 0...3, using: &generator)
            let bytes = [UInt8](repeating: 0, count: min(zeros, length)) + (0..<max(0, length - zeros)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(Base58.decode(Base58.encode(bytes)) == bytes, "length \(length)")
        }
        #expect(Base58.decode("z" + String(repeating: "2", count: Base58.maxInputLength)) == nil)
    }

    @Test("did:key resolves Ed25519, P-256 and P-384 keys", arguments: [
        ("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2", "Ed25519"),
        ("zDnaepBuvsQ8cpsWrVKw8fbpGpvPeNSjVPTWoq6cRqaYzBKVP", "P-256"),
        ("z82LkuBieyGShVBhvtE2zoiD6Kma4tJGFtkAhxR5pfkp5QPw4LutoYWhvQCnGjdVn14kujQ", "P-384"),
    ])
    func didKey(_ id: String, _ algorithm: String) throws {
        let key = try KeyResolver().resolve("did:key:\(id)#\(id)")
        #expect(key.material.algorithmName == algorithm)
        #expect(key.controller == "did:key:\(id)")
        #expect(key.material.multibase == id)
    }

    @Test("did:key rejects a fragment that is not the key itself")
    func didKeyFragment() {
        #expect(throws: KeyResolutionError.self) {
            try KeyResolver().resolve("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#other")
        }
    }

    @Test("did:jwk and JWK give the same Ed25519 key; a private JWK is refused")
    func didJWK() throws {
        let key = Curve25519.Signing.PrivateKey().publicKey
        let jwk = try #require(JWK.jwk(for: .ed25519(key)))
        let did = "did:jwk:" + Base64URL.encode(Array(JSONWriter().string(.object(jwk)).utf8))
        let resolved = try KeyResolver().resolve(did + "#0")
        guard case .ed25519(let got) = resolved.material else { Issue.record("not Ed25519"); return }
        #expect(got.rawRepresentation == key.rawRepresentation)
        var secret = jwk
        secret["d"] = .string("AAAA")
        #expect(throws: KeyResolutionError.self) { try JWK.publicKey(secret) }
    }

    @Test("EC JWKs round-trip for P-256 and P-384")
    func ecJWK() throws {
        for material in [PublicKeyMaterial.p256(P256.Signing.PrivateKey().publicKey), .p384(P384.Signing.PrivateKey().publicKey)] {
            let jwk = try #require(JWK.jwk(for: material))
            #expect(try JWK.publicKey(jwk).multibase == material.multibase)
        }
    }

    @Test("did:web and https keys come only from the injected cache, never from the URL fragment")
    func cachedKeys() throws {
        let fragmentKey = "https://example.com/issuers/876543#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
        #expect(throws: KeyResolutionError.notCached("\"https://example.com/issuers/876543\"")) {
            try KeyResolver().resolve(fragmentKey)
        }
        let document = try #require(try JSONParser().parse(#"""
            {"id": "did:web:example.edu", "verificationMethod": [{"id": "#key-1", "type": "Multikey",
             "controller": "did:web:example.edu", "publicKeyMultibase": "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"}],
             "assertionMethod": ["#key-1"]}
            """#).objectValue)
        let entry = IssuerCacheEntry(id: "did:web:example.edu", document: document, trusted: true, addedAt: Date(), source: "test")
        let resolver = KeyResolver { $0 == "did:web:example.edu" ? entry : nil }
        let key = try resolver.resolve("did:web:example.edu#key-1")
        #expect(key.controller == "did:web:example.edu")
        #expect(key.trusted)
        #expect(throws: KeyResolutionError.self) { try resolver.resolve("did:web:example.edu#key-1", purpose: "authentication") }
        #expect(entry.assertionKeyIDs == ["did:web:example.edu#key-1"])
    }

    @Test("unknown DID methods and schemes are unresolvable", arguments: ["did:example:123#key", "urn:key:1", "key-1"])
    func unsupported(_ method: String) {
        #expect(throws: KeyResolutionError.self) { try KeyResolver().resolve(method) }
    }
}

@Suite struct IssuerAuthorisationTests {
    @Test("an issuer's cached document may authorise a did:key it does not identify")
    func authorisedExternalKey() throws {
        let signed = try Fixture.object("w3c-eddsa/signedJCS.json")
        let method = try #require(signed["proof"]?["verificationMethod"]?.stringValue)
        let issuer = "https://vc.example/issuers/5678"
        let document = JSONObject([("id", .string(issuer)), ("assertionMethod", .array([.object(JSONObject([
            ("id", .string(method)), ("type", .string("Multikey")), ("controller", .string(issuer)),
            ("publicKeyMultibase", .string("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2")),
        ]))]))])
        let entry = IssuerCacheEntry(id: issuer, document: document, trusted: false, addedAt: Date(), source: "test")
        let verifier = DataIntegrityVerifier(resolver: KeyResolver { $0 == issuer ? entry : nil })
        let checks = verifier.verify(credential: signed, issuer: issuer, at: Date())
        #expect(checks.map(\.result) == [.pass, .pass])
    }

    @Test("XSD date-times parse with zones and fractions and format back in UTC")
    func dates() throws {
        let date = try #require(XSDDateTime.parse("2024-01-01T00:00:00.5+01:00"))
        #expect(date.timeIntervalSince1970 == 1_704_063_600.5)
        #expect(XSDDateTime.format(date) == "2023-12-31T23:00:00Z")
        #expect(XSDDateTime.parse("2024-01-01T00:00:00", requireZone: true) == nil)
        #expect(XSDDateTime.parse("2024-13-01T00:00:00Z") == nil)
        #expect(XSDDateTime.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
    }
}
