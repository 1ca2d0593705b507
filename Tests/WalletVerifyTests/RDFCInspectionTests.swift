import Foundation
import Testing
import WalletJSON
import WalletModel
@testable import WalletVerify

/// End to end through `CredentialInspector().inspect(_:at:)` (what `cairn inspect`/`import` run):
/// the rdfc suites on real credentials (DCC, 1EdTech, W3C vectors) and tampered copies.
@Suite struct RDFCInspectionTests {
    let now = XSDDateTimeHelper.date("2026-06-01T00:00:00Z")

    func inspect(_ credential: JSONObject, with inspector: CredentialInspector = CredentialInspector()) throws -> Inspection {
        try inspector.inspect(Data(JSONWriter().string(.object(credential)).utf8), at: now)
    }

    func inspect(_ path: String) throws -> Inspection {
        try CredentialInspector().inspect(try Fixture.data("rdfc/" + path), at: now)
    }

    @Test("DCC did:key credentials (Ed25519Signature2020, eddsa-rdfc-2022, both) are verified", arguments: [
        "v1/v1NoStatus.json", "v1/v1OBv3SpecExample.json", "v1/v1SimpleIssuerId.json", "v1/v1WithValidStatus.json",
        "v2/v2NoStatus.json", "v2/v2OBv3SpecExample.json", "v2/v2SimpleIssuerId.json", "v2/v2WithValidStatus.json",
        "eddsa/v2/v2EddsaWithValidStatus.json", "eddsaAndEd25519/v2/v2DoubleSigWithValidStatus.json",
        "eddsaAndEd25519/v2/v2DoubleSigWithBadStatusUrl.json",
    ])
    func dccVerified(_ file: String) throws {
        let report = try inspect("dcc/credentials/" + file).verification
        #expect(report.status == .verified, "\(report.checks.map(\.message))")
        #expect(report.check(.proof)?.result == .pass)
        #expect(report.check(.issuer)?.result == .pass)
    }

    @Test("DCC revoked credentials verify their signature; revocation is unknown offline, never passed",
        arguments: ["v1/v1Revoked.json", "v2/v2Revoked.json"])
    func dccRevoked(_ file: String) throws {
        let report = try inspect("dcc/credentials/" + file).verification
        #expect(report.check(.proof)?.result == .pass)
        #expect(report.check(.status)?.result == .unknown)
        #expect(report.check(.status)?.code == .statusUnknown)
    }

    @Test("DCC expired credentials: valid signature, failed on validity", arguments: [
        "v1/v1Expired.json", "v1/v1ExpiredWithValidStatus.json", "v1/v1RevokedAndExpired.json",
        "v2/v2Expired.json", "v2/v2ExpiredWithValidStatus.json", "v2/v2RevokedAndExpired.json",
    ])
    func dccExpired(_ file: String) throws {
        let report = try inspect("dcc/credentials/" + file).verification
        #expect(report.check(.proof)?.result == .pass)
        #expect(report.check(.validity)?.code == .expired)
        #expect(report.status == .failed)
    }

    @Test("DCC did:web credentials are key-unresolvable without a cached DID document", arguments: [
        "v2/didWeb/v2didWebWithValidStatus.json", "v2/didWeb/v2didWebMultikeyWithValidStatus.json", "v2/didWeb/v2WithBadDidWeb.json",
    ])
    func dccDidWeb(_ file: String) throws {
        let report = try inspect("dcc/credentials/" + file).verification
        #expect(report.check(.proof)?.code == .keyUnresolvable)
        #expect(report.status == .unverifiable)
    }

    @Test("DCC testVC.json (altered after signing) fails with signature-invalid")
    func dccTestVC() throws {
        let report = try inspect("dcc/credentials/v1/testVC.json").verification
        #expect(report.check(.proof)?.code == .signatureInvalid)
        #expect(report.status == .failed)
    }

    @Test("the DCC safe-mode breaker fails with undefined-terms")
    func safeModeBreaker() throws {
        let report = try inspect("dcc/credentials/eddsa/v2/safeModeBreaker.json").verification
        #expect(report.check(.proof)?.result == .fail)
        #expect(report.check(.proof)?.code == .undefinedTerms)
        #expect(report.status == .failed)
    }

    @Test("1EdTech OB 3.0 and CLR 2.0 eddsa-rdfc-2022 credentials: verified once the issuer's key is cached",
        arguments: ["ob-signed.json", "clr-signed.json"])
    func oneEdTech(_ file: String) throws {
        let issuer = "https://example.edu/issuers/565049"
        let method = issuer + "#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"
        let document = JSONObject([
            ("id", .string(issuer)),
            ("verificationMethod", .array([.object(JSONObject([
                ("id", .string(method)), ("type", .string("Multikey")), ("controller", .string(issuer)),
                ("publicKeyMultibase", .string("z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi")),
            ]))])),
            ("assertionMethod", .array([.string(method)])),
        ])
        let entry = IssuerCacheEntry(id: issuer, document: document, trusted: false, addedAt: now, source: "test")
        let cached = CredentialInspector(registry: .standard, issuerLookup: { $0 == issuer ? entry : nil })
        let credential = try Fixture.object("rdfc/ob3-spec/" + file)
        let report = try inspect(credential, with: cached).verification
        #expect(report.status == .verified, "\(report.checks.map(\.message))")
        #expect(try inspect(credential).verification.check(.proof)?.code == .keyUnresolvable)
    }

    /// An inspector whose issuer cache holds, for each proof's key URL, a controller document
    /// listing that Multikey (the key is the URL fragment, as in the 1EdTech samples).
    func inspectorCaching(keysOf credential: JSONObject) -> CredentialInspector {
        var entries: [String: IssuerCacheEntry] = [:]
        for proof in (credential["proof"]?.asList ?? []).compactMap(\.objectValue) {
            guard let method = proof["verificationMethod"]?.stringValue, let hash = method.firstIndex(of: "#") else { continue }
            let controller = String(method[..<hash])
            let document = JSONObject([
                ("id", .string(controller)),
                ("verificationMethod", .array([.object(JSONObject([
                    ("id", .string(method)), ("type", .string("Multikey")), ("controller", .string(controller)),
                    ("publicKeyMultibase", .string(String(method[method.index(after: hash)...]))),
                ]))])),
                ("assertionMethod", .array([.string(method)])),
            ])
            entries[controller] = IssuerCacheEntry(id: controller, document: document, trusted: false, addedAt: now, source: "test")
        }
        let cached = entries
        return CredentialInspector(registry: .standard, issuerLookup: { cached[$0] })
    }

    @Test("1EdTech validator samples (https, did:web, eddsa-2022 alias, proof sets) verify with the issuer's key cached", arguments: [
        "ob30/simple.json", "ob30/simple_v1.json", "ob30/complete.json", "ob30/simple-did-web-method.json",
        "ob30/simple-eddsa-2022.json", "ob30/endorsement-valid.json", "ob30/simple-multiple-proofs.json",
        "ob30/credential-status-revoked.json", "clr20/simple.json",
    ])
    func validatorSamples(_ path: String) throws {
        let credential = try Fixture.object(path)
        let report = try inspectorCaching(keysOf: credential).inspect(try Fixture.data(path), at: now).verification
        #expect(report.check(.proof)?.result == .pass, "\(report.check(.proof)?.message ?? "")")
        #expect(report.check(.issuer)?.result == .pass, "\(report.check(.issuer)?.message ?? "")")
    }

    @Test("a poison graph (RDFC work bound) is reported as a clear malformed failure")
    func workLimit() {
        let error = RDFCProofHashing.proofError(.canonicalization(.workLimitExceeded(limit: 50_000)), suite: .eddsaRdfc2022)
        #expect(error.code == .malformed)
        #expect(error.message.contains("50000") && error.message.contains("poison"))
    }

    @Test("W3C vc-di-eddsa / vc-di-ecdsa rdfc vectors: the signature verifies (P-256 and P-384 too)", arguments: [
        "signedDataInt.json", "signedEdSig.json", "signedECDSAP256.json", "signedECDSAP384.json",
        "employSignedECDSAP256.json", "employSignedECDSAP384.json",
    ])
    func w3cVectors(_ file: String) throws {
        let report = try inspect("w3c/" + file).verification
        #expect(report.check(.proof)?.result == .pass, "\(report.check(.proof)?.message ?? "")")
        // The vectors' issuer is not the did:key that signed them, so the binding (rightly) fails.
        #expect(report.check(.issuer)?.code == .issuerKeyMismatch)
    }
}
