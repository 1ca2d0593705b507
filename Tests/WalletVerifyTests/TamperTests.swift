import Crypto
import Foundation
import Testing
import WalletJSON
import WalletModel
@testable import WalletVerify

/// Credentials signed here with eddsa-jcs-2022, then altered: each alteration must fail with its code.
@Suite struct TamperTests {
    let inspector = CredentialInspector()

    func inspect(_ object: JSONObject, at date: Date = TestCredentials.at) throws -> Inspection {
        try inspector.inspect(TestCredentials.bytes(object), at: date)
    }

    @Test("an untouched signed credential verifies, with trust unknown")
    func untouched() throws {
        let inspection = try inspect(try TestCredentials.sign(TestCredentials.credential()))
        #expect(inspection.verification.status == .verified)
        #expect(inspection.format == .openBadges3)
        #expect(inspection.verification.check(.proof)?.result == .pass)
        #expect(inspection.verification.check(.issuer)?.result == .pass)
        #expect(inspection.verification.check(.validity)?.result == .pass)
        #expect(inspection.verification.check(.status)?.result == .skipped)
        #expect(inspection.verification.check(.trust)?.result == .unknown)
        #expect(inspection.verification.checks.map(\.check) == [.format, .proof, .issuer, .validity, .status, .trust])
    }

    @Test("a flipped signature byte fails as signature-invalid")
    func flippedSignature() throws {
        var signed = try TestCredentials.sign(TestCredentials.credential())
        var proof = try #require(signed["proof"]?.objectValue)
        let proofValue = try #require(proof["proofValue"]?.stringValue)
        var signature = try #require(Multibase.decode(proofValue))
        signature[10] ^= 0x01
        proof["proofValue"] = .string(Multibase.encodeBase58(signature))
        signed["proof"] = .object(proof)
        let inspection = try inspect(signed)
        #expect(inspection.verification.status == .failed)
        #expect(inspection.verification.check(.proof)?.code == .signatureInvalid)
    }

    @Test("a raised credit value fails as signature-invalid")
    func raisedCredits() throws {
        let signed = try TestCredentials.sign(TestCredentials.credential())
        let text = JSONWriter().string(.object(signed)).replacingOccurrences(of: "\"creditsAvailable\":2", with: "\"creditsAvailable\":20")
        #expect(text.contains("\"creditsAvailable\":20"))
        let inspection = try inspector.inspect(Data(text.utf8), at: TestCredentials.at)
        #expect(inspection.record.workload == [Workload(value: 20, unit: .unspecified)])
        #expect(inspection.verification.status == .failed)
        #expect(inspection.verification.check(.proof)?.code == .signatureInvalid)
    }

    @Test("a swapped subject fails as signature-invalid")
    func swappedSubject() throws {
        var signed = try TestCredentials.sign(TestCredentials.credential())
        var subject = try #require(signed["credentialSubject"]?.objectValue)
        subject["id"] = .string("did:example:someone-else")
        signed["credentialSubject"] = .object(subject)
        #expect(try inspect(signed).verification.check(.proof)?.code == .signatureInvalid)
    }

    @Test("a signature by another key under the issuer's key id fails as signature-invalid")
    func wrongKeySameMethod() throws {
        let signed = try TestCredentials.sign(
            TestCredentials.credential(), with: TestCredentials.otherKey, method: TestCredentials.method(TestCredentials.issuerKey))
        #expect(try inspect(signed).verification.check(.proof)?.code == .signatureInvalid)
    }

    @Test("a valid signature by a key that is not the issuer's fails as issuer-key-mismatch")
    func wrongKeyOwnMethod() throws {
        let signed = try TestCredentials.sign(TestCredentials.credential(), with: TestCredentials.otherKey)
        let inspection = try inspect(signed)
        #expect(inspection.verification.check(.proof)?.result == .pass)
        #expect(inspection.verification.check(.issuer)?.code == .issuerKeyMismatch)
        #expect(inspection.verification.status == .failed)
    }

    @Test("an expired credential keeps a valid signature and fails validity as expired")
    func expired() throws {
        let signed = try TestCredentials.sign(TestCredentials.credential(validUntil: "2026-01-01T00:00:00Z"))
        let inspection = try inspect(signed)
        #expect(inspection.verification.check(.proof)?.result == .pass)
        #expect(inspection.verification.check(.validity)?.code == .expired)
        #expect(inspection.verification.status == .failed)
    }

    @Test("--at before validFrom gives not-yet-valid")
    func notYetValid() throws {
        let signed = try TestCredentials.sign(TestCredentials.credential())
        let inspection = try inspect(signed, at: XSDDateTimeHelper.date("2024-06-01T00:00:00Z"))
        #expect(inspection.verification.check(.validity)?.code == .notYetValid)
    }

    @Test("a proof for another purpose does not vouch for the credential")
    func wrongPurpose() throws {
        var signed = try TestCredentials.sign(TestCredentials.credential())
        var proof = try #require(signed["proof"]?.objectValue)
        proof["proofPurpose"] = .string("authentication")
        signed["proof"] = .object(proof)
        #expect(try inspect(signed).verification.check(.proof)?.result == .fail)
    }

    @Test("the issuer marked trusted in the cache makes the trust check pass")
    func trustedIssuer() throws {
        let did = TestCredentials.did(TestCredentials.issuerKey)
        let entry = IssuerCacheEntry(id: did, document: JSONObject([("id", .string(did))]), trusted: true, addedAt: Date(), source: "test")
        let trusting = CredentialInspector(registry: .jcs, issuerLookup: { $0 == did ? entry : nil })
        let inspection = try trusting.inspect(TestCredentials.bytes(try TestCredentials.sign(TestCredentials.credential())), at: TestCredentials.at)
        #expect(inspection.verification.check(.trust)?.result == .pass)
    }
}
