import Foundation
import Testing
import WalletJSON
import WalletModel
@testable import WalletVerify

/// 1EdTech OB 3.0 / CLR 2.0 validator test data, all signed with the rdfc suites. Most name https or
/// did:web keys, which are `unknown` / `key-unresolvable` until the user caches the issuer's document.
@Suite struct OpenBadges3VectorTests {
    let inspector = CredentialInspector()
    let now = XSDDateTimeHelper.date("2026-06-01T00:00:00Z")

    func inspect(_ path: String, with inspector: CredentialInspector? = nil) throws -> Inspection {
        try (inspector ?? self.inspector).inspect(try Fixture.data(path), at: now)
    }

    @Test("RDFC-signed samples whose key is an https URL or did:web are key-unresolvable offline, never verified", arguments: [
        "ob30/simple.json", "ob30/simple_v1.json", "ob30/complete.json", "ob30/simple-did-web-method.json",
        "ob30/simple-eddsa-2022.json", "ob30/endorsement-valid.json", "ob30/simple-multiple-proofs.json", "clr20/simple.json",
    ])
    func unresolvableByDefault(_ path: String) throws {
        let inspection = try inspect(path)
        #expect(inspection.verification.status == .unverifiable)
        #expect(inspection.verification.check(.proof)?.result == .unknown)
        #expect(inspection.verification.check(.proof)?.code == .keyUnresolvable)
        #expect(inspection.verification.check(.format)?.result == .pass)
    }

    @Test("RDFC-signed samples with did:key proofs verify their signature; the urn issuer does not own the key",
        arguments: ["ob30/simple-did-key-method.json", "clr20/complex.json"])
    func didKeySignatureVerifies(_ path: String) throws {
        let inspection = try inspect(path)
        #expect(inspection.verification.check(.proof)?.result == .pass)
        #expect(inspection.verification.check(.issuer)?.code == .issuerKeyMismatch)
        #expect(inspection.verification.status == .failed)
    }

    @Test("unsigned credentials are unverifiable with no-proof", arguments: ["ob30/simple-noproof.json", "clr20/simple-noproof.json"])
    func noProof(_ path: String) throws {
        let inspection = try inspect(path)
        #expect(inspection.verification.status == .unverifiable)
        #expect(inspection.verification.check(.proof)?.code == .noProof)
    }

    @Test("expired and not-yet-issued samples fail validity with their codes")
    func validity() throws {
        #expect(try inspect("ob30/simple-err-expired.json").verification.check(.validity)?.code == .expired)
        #expect(try inspect("ob30/simple-err-issued.json").verification.check(.validity)?.code == .notYetValid)
    }

    @Test("1EdTechRevocationList status is unknown offline, never passed")
    func revocationListUnknown() throws {
        let status = try inspect("ob30/complete.json").verification.check(.status)
        #expect(status?.result == .unknown)
        #expect(status?.code == .statusUnknown)
    }

    /// A stand-in for the RDFC suites (test seam) so key resolution runs on these samples.
    struct StubRDFCSuite: ProofSuite {
        let names = ["eddsa-rdfc-2022", "Ed25519Signature2020"]
        func verify(document: JSONObject, proof: JSONObject, key: ResolvedKey) throws(ProofError) -> VerificationCheck {
            VerificationCheck(check: .proof, result: .pass, message: "stub")
        }
    }

    var stubInspector: CredentialInspector {
        var registry = ProofSuiteRegistry.jcs
        registry.register(StubRDFCSuite())
        return CredentialInspector(registry: registry)
    }

    @Test("unresolvable verification methods give key-unresolvable once a suite is registered", arguments: [
        "ob30/simple-err-proof-method.json", "ob30/simple-err-proof-method-no-scheme.json",
        "ob30/simple-err-proof-method-unknown-did-method.json", "ob30/simple-err-proof-method-unknown-scheme.json",
        "ob30/complete_v1.json", "ob30/simple.json",
    ])
    func keyUnresolvable(_ path: String) throws {
        let inspection = try inspect(path, with: stubInspector)
        #expect(inspection.verification.check(.proof)?.code == .keyUnresolvable)
        #expect(inspection.verification.status != .verified)
        #expect(inspection.verification.check(.issuer)?.result == .skipped)
    }

    @Test("a did:key proof on a credential whose issuer is a urn is an issuer-key-mismatch")
    func didKeyIssuerMismatch() throws {
        let inspection = try inspect("ob30/simple-did-key-method.json", with: stubInspector)
        #expect(inspection.verification.check(.proof)?.result == .pass)
        #expect(inspection.verification.check(.issuer)?.code == .issuerKeyMismatch)
    }

    @Test("did:web keys resolve from an injected issuer document")
    func didWebFromCache() throws {
        let did = "did:web:dc.1edtech.org:wellspring2022:wellspring-portal:org:da1e96e9-afcc-4eed-b9a2-2ddf7353214c"
        let key = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"
        let document = JSONObject([
            ("id", .string(did)),
            ("verificationMethod", .array([.object(JSONObject([
                ("id", .string("\(did)#\(key)")), ("type", .string("Ed25519VerificationKey2020")),
                ("controller", .string(did)), ("publicKeyMultibase", .string(key)),
            ]))])),
            ("assertionMethod", .array([.string("\(did)#\(key)")])),
        ])
        let entry = IssuerCacheEntry(id: did, document: document, trusted: false, addedAt: now, source: "test")
        var registry = ProofSuiteRegistry.jcs
        registry.register(StubRDFCSuite())
        let inspector = CredentialInspector(registry: registry, issuerLookup: { $0 == did ? entry : nil })
        let inspection = try inspect("ob30/credential-status-revoked.json", with: inspector)
        #expect(inspection.verification.check(.issuer)?.result == .pass)
    }
}
