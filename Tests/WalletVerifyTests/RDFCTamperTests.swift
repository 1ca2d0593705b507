import Foundation
import Testing
import WalletJSON
import WalletModel
import WalletVerify

/// Tampered copies of verified rdfc credentials fail through `CredentialInspector` with the right code.
@Suite struct RDFCTamperTests {
    let now = XSDDateTimeHelper.date("2026-06-01T00:00:00Z")

    func report(_ credential: JSONObject) throws -> VerificationReport {
        try CredentialInspector().inspect(Data(JSONWriter().string(.object(credential)).utf8), at: now).verification
    }

    static let files = ["eddsa/v2/v2EddsaWithValidStatus.json", "v2/v2NoStatus.json", "v1/v1NoStatus.json"]

    func original(_ file: String) throws -> JSONObject {
        try Fixture.object("rdfc/dcc/credentials/" + file)
    }

    @Test("the untouched originals are verified", arguments: files)
    func untouched(_ file: String) throws {
        #expect(try report(try original(file)).status == .verified)
    }

    @Test("a changed value fails with signature-invalid", arguments: files)
    func changedValue(_ file: String) throws {
        var credential = try original(file)
        var subject = try #require(credential["credentialSubject"]?.objectValue)
        subject["name"] = .string("Mallory")
        credential["credentialSubject"] = .object(subject)
        let proof = try #require(try report(credential).check(.proof))
        #expect(proof.result == .fail)
        #expect(proof.code == .signatureInvalid)
    }

    @Test("a swapped subject id fails with signature-invalid", arguments: files)
    func swappedSubject(_ file: String) throws {
        var credential = try original(file)
        var subject = try #require(credential["credentialSubject"]?.objectValue)
        subject["id"] = .string("did:example:mallory")
        credential["credentialSubject"] = .object(subject)
        #expect(try report(credential).check(.proof)?.code == .signatureInvalid)
    }

    @Test("a term outside the context fails with undefined-terms naming it", arguments: files)
    func undefinedTerm(_ file: String) throws {
        var credential = try original(file)
        credential["extraClaimNotInContext"] = .string("grade A")
        let proof = try #require(try report(credential).check(.proof))
        #expect(proof.result == .fail)
        #expect(proof.code == .undefinedTerms)
        #expect(proof.message.contains("extraClaimNotInContext"))
    }

    @Test("an unknown context URL fails with unknown-context naming it", arguments: files)
    func unknownContext(_ file: String) throws {
        var credential = try original(file)
        let url = "https://contexts.example.org/unlisted/v1"
        credential["@context"] = .array((credential["@context"]?.asList ?? []) + [.string(url)])
        let proof = try #require(try report(credential).check(.proof))
        #expect(proof.result == .fail)
        #expect(proof.code == .unknownContext)
        #expect(proof.message.contains(url))
    }

    @Test("a P-384 ecdsa-rdfc-2019 proof fails once a value changes")
    func ecdsaP384Changed() throws {
        var credential = try Fixture.object("rdfc/w3c/signedECDSAP384.json")
        credential["name"] = .string("Alumni Credential!")
        #expect(try report(credential).check(.proof)?.code == .signatureInvalid)
    }
}
