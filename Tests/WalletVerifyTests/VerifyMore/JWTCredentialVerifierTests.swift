import Crypto
import Foundation
import Testing
import WalletJSON
import WalletModel
@testable import WalletVerify

@Suite struct JWTCredentialVerifierTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)  // 2027-01-15
    let verifier = JWTCredentialVerifier()

    /// A signed VC 2.0 `vc+jwt` from a did:jwk issuer (P-256), with optional claim overrides.
    func signedVC(
        signer: P256.Signing.PrivateKey = P256.Signing.PrivateKey(), issuerKey: P256.Signing.PublicKey? = nil,
        claims: String = #""nbf":1700000000"#, subject: String = "did:example:learner", kid: String? = nil
    ) throws -> (token: String, issuer: String) {
        let issuer = TestKeys.didJWK(TestKeys.jwk(issuerKey ?? signer.publicKey))
        let payload = #"{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential","OpenBadgeCredential"],"id":"urn:uuid:1","issuer":{"id":"\#(issuer)","name":"Test University"},"validFrom":"2023-11-14T22:13:20Z","name":"Cred","credentialSubject":{"id":"\#(subject)","achievement":{"name":"Data Science Basics"}},"iss":"\#(issuer)","sub":"\#(subject)",\#(claims)}"#
        let header = #"{"alg":"ES256","typ":"vc+jwt","kid":"\#(kid ?? issuer + "#0")"}"#
        let token = try JWSSignatureTests.token(header: header, payload: payload) { try signer.signature(for: $0).rawRepresentation }
        return (token, issuer)
    }

    @Test("verifies a vc+jwt whose kid is the issuer's did:jwk, maps it and keeps the token byte for byte")
    func verifiesDIDJWT() throws {
        let (token, issuer) = try signedVC()
        let inspection = try verifier.inspect(token: Data(token.utf8), at: now)
        #expect(inspection.verification.status == .verified)
        #expect(inspection.format == .vcJWT)
        #expect(inspection.original == Data(token.utf8))
        #expect(inspection.record.title == "Data Science Basics")
        #expect(inspection.record.awardingBody?.id == issuer)
    }

    @Test("verifies an EdDSA token signed by a did:key issuer")
    func verifiesDIDKey() throws {
        let key = Curve25519.Signing.PrivateKey()
        let did = "did:key:z" + Base58Encoder.encode([0xED, 0x01] + [UInt8](key.publicKey.rawRepresentation))
        let payload = #"{"vc":{"@context":["https://www.w3.org/2018/credentials/v1"],"type":["VerifiableCredential"],"issuer":"\#(did)","issuanceDate":"2020-01-01T00:00:00Z","credentialSubject":{"id":"did:example:x"}},"iss":"\#(did)"}"#
        let token = try JWSSignatureTests.token(header: #"{"alg":"EdDSA","kid":"\#(did)#k"}"#, payload: payload) { try key.signature(for: $0) }
        let inspection = try verifier.inspect(token: Data(token.utf8), at: now)
        #expect(inspection.verification.status == .verified)
    }

    @Test("fails a flipped signature byte and a swapped subject with signature-invalid")
    func tamperedSignatureAndSubject() throws {
        let (token, _) = try signedVC()
        var parts = token.split(separator: ".").map(String.init)
        var signature = try #require(JOSEBase64URL.decode(parts[2]))
        signature[5] ^= 0x80
        let flipped = [parts[0], parts[1], JOSEBase64URL.encode(signature)].joined(separator: ".")
        let payload = String(decoding: try #require(JOSEBase64URL.decode(parts[1])), as: UTF8.self)
        parts[1] = JOSEBase64URL.encode(Data(payload.replacingOccurrences(of: "did:example:learner", with: "did:example:mallory").utf8))
        for tampered in [flipped, parts.joined(separator: ".")] {
            let report = try verifier.inspect(token: Data(tampered.utf8), at: now).verification
            #expect(report.status == .failed)
            #expect(report.check(.proof)?.code == .signatureInvalid)
        }
    }

    @Test("fails a token signed by a key other than the issuer's")
    func wrongKey() throws {
        let (token, _) = try signedVC(signer: P256.Signing.PrivateKey(), issuerKey: P256.Signing.PrivateKey().publicKey)
        let report = try verifier.inspect(token: Data(token.utf8), at: now).verification
        #expect(report.check(.proof)?.code == .signatureInvalid)
        #expect(report.status == .failed)
    }

    @Test("reports expired and not-yet-valid tokens with their codes")
    func validityWindow() throws {
        let expired = try signedVC(claims: #""nbf":1700000000,"exp":1700000100"#).token
        #expect(try verifier.inspect(token: Data(expired.utf8), at: now).verification.check(.validity)?.code == .expired)
        let future = try signedVC(claims: #""nbf":1900000000"#).token
        let report = try verifier.inspect(token: Data(future.utf8), at: now).verification
        #expect(report.check(.validity)?.code == .notYetValid)
        #expect(report.check(.proof)?.result == .pass)
    }

    @Test("fails a kid from another DID than the issuer with issuer-key-mismatch")
    func kidOfAnotherDID() throws {
        let signer = P256.Signing.PrivateKey()
        let other = TestKeys.didJWK(TestKeys.jwk(signer.publicKey))
        let (token, _) = try signedVC(signer: signer, issuerKey: P256.Signing.PrivateKey().publicKey, kid: other + "#0")
        let report = try verifier.inspect(token: Data(token.utf8), at: now).verification
        #expect(report.check(.proof)?.result == .pass)
        #expect(report.check(.issuer)?.code == .issuerKeyMismatch)
    }

    @Test("fails registered claims that contradict the credential")
    func claimConflict() throws {
        let token = try signedVC(claims: #""nbf":1700000000,"jti":"urn:uuid:other""#).token
        let report = try verifier.inspect(token: Data(token.utf8), at: now).verification
        #expect(report.check(.format)?.result == .fail)
        #expect(report.check(.format)?.code == .malformed)
    }

    @Test("1EdTech CLR JWT: the embedded jwk proves integrity but not the issuer")
    func embeddedJWK() throws {
        let inspection = try verifier.inspect(token: try VerifyMoreFixtures.data("VCJWT/clr-simple.jwt"), at: now)
        #expect(inspection.verification.check(.proof)?.result == .pass)
        #expect(inspection.verification.check(.issuer)?.result == .unknown)
        #expect(inspection.verification.status == .unverifiable)
        #expect(inspection.record.title == "Sample Transcript")
    }

    @Test("1EdTech OB 3.0 JWTs without a resolvable key are unverifiable with key-unresolvable")
    func unresolvableKeys() throws {
        for name in ["VCJWT/simple.jwt", "VCJWT/velocity.jwt"] {
            let report = try verifier.inspect(token: try VerifyMoreFixtures.data(name), at: now).verification
            #expect(report.status == .unverifiable, "\(name)")
            #expect(report.check(.proof)?.code == .keyUnresolvable, "\(name)")
        }
    }

    @Test("an injected key lookup verifies a token whose kid is an https key URL")
    func injectedLookup() throws {
        let signer = P256.Signing.PrivateKey()
        let jwk = TestKeys.jwk(signer.publicKey)
        let token = try JWSSignatureTests.token(
            header: #"{"alg":"ES256","kid":"https://example.edu/issuers/1#key-1"}"#,
            payload: #"{"vc":{"type":["VerifiableCredential"],"issuer":"https://example.edu/issuers/1","credentialSubject":{}}}"#
        ) { try signer.signature(for: $0).rawRepresentation }
        let verifier = JWTCredentialVerifier { $0 == "https://example.edu/issuers/1#key-1" ? jwk : nil }
        #expect(try verifier.inspect(token: Data(token.utf8), at: now).verification.status == .verified)
    }

    @Test("unsupported algorithms are unverifiable with unsupported-proof")
    func unsupportedAlgorithm() throws {
        let token = try JWSSignatureTests.token(
            header: #"{"alg":"HS256"}"#, payload: #"{"vc":{"type":["VerifiableCredential"],"credentialSubject":{}}}"#
        ) { _ in Data([1, 2, 3]) }
        let report = try verifier.inspect(token: Data(token.utf8), at: now).verification
        #expect(report.check(.proof)?.code == .unsupportedProof)
        #expect(report.status == .unverifiable)
    }

    @Test("invalid base64 and non-credential payloads are clear input errors")
    func badInput() {
        #expect(throws: InspectionError.self) { try verifier.inspect(token: Data("eyJ+.e30.AA".utf8), at: now) }
        let notVC = JOSEBase64URL.encode(Data(#"{"alg":"ES256"}"#.utf8)) + "." + JOSEBase64URL.encode(Data("{}".utf8)) + ".AAAA"
        #expect(throws: InspectionError.self) { try verifier.inspect(token: Data(notVC.utf8), at: now) }
    }
}

/// Base58btc encoding for building did:key identifiers in tests.
enum Base58Encoder {
    static func encode(_ bytes: [UInt8]) -> String {
        let alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
        var digits: [Int] = []
        for byte in bytes {
            var carry = Int(byte)
            for index in digits.indices {
                carry += digits[index] << 8
                digits[index] = carry % 58
                carry /= 58
            }
            while carry > 0 { digits.append(carry % 58); carry /= 58 }
        }
        let zeros = bytes.prefix { $0 == 0 }.count
        return String(repeating: "1", count: zeros) + String(digits.reversed().map { alphabet[$0] })
    }
}
