import Foundation
import Testing
import WalletJSON
@testable import WalletLinkedData

/// Real credentials: 1EdTech OB 3.0 / CLR 2.0 signing vectors and DCC-issued credentials.
@Suite struct CredentialVectorTests {
    static func suite(for proof: JSONObject) -> RDFCSuite? {
        RDFCSuite.allCases.first {
            $0.matches(type: proof["type"]?.stringValue, cryptosuite: proof["cryptosuite"]?.stringValue)
        }
    }

    /// Verifies every proof of `signed` with `key` (or the did:key in the verification method).
    static func verifyAll(_ signed: JSONObject, key: String? = nil) throws -> [Bool] {
        var document = signed
        let proofs = (document["proof"] ?? .null).asList.compactMap(\.objectValue)
        document["proof"] = nil
        return try proofs.map { proof in
            let chosen = try #require(Self.suite(for: proof))
            let output = try RDFCSuiteHasher(suite: chosen).hash(document: document, proof: proof)
            let method = proof["verificationMethod"]?.stringValue ?? ""
            let didKey = method.hasPrefix("did:key:") ? String(method.dropFirst(8).prefix { $0 != "#" }) : nil
            let publicKey = try #require(key ?? didKey)
            let signature = try TestMultibase.decode(try #require(proof["proofValue"]?.stringValue))
            return try TestMultibase.verify(signature: signature, message: output.hashData, publicKeyMultibase: publicKey)
        }
    }

    @Test("1EdTech OB 3.0 and CLR 2.0 vectors match at every stage", arguments: ["ob", "clr"])
    func oneEdTechVector(_ name: String) throws {
        let vector = try FixtureLoader.object("ob3-spec/\(name)-eddsa-rdfc-2022-vector.json")
        let document = try #require(vector["unsignedCredential"]?.objectValue)
        let proof = try #require(vector["proofConfig"]?.objectValue)
        let output = try RDFCSuiteHasher(suite: .eddsaRdfc2022).hash(document: document, proof: proof)
        let folder = name == "ob" ? "obv3p0" : "clrv2p0"
        #expect(output.canonicalDocument == vector["documentCanonNQuads"]?.stringValue)
        #expect(output.canonicalProofConfig == vector["proofCanonNQuads"]?.stringValue)
        #expect(output.canonicalDocument == (try FixtureLoader.text("ob3-spec/test-vectors/\(folder)/document-canon.txt")))
        #expect(output.canonicalProofConfig == (try FixtureLoader.text("ob3-spec/test-vectors/\(folder)/proof-canon.txt")))
        #expect(output.documentHash == TestMultibase.hex(vector["documentHashHex"]?.stringValue ?? ""))
        #expect(output.proofHash == TestMultibase.hex(vector["proofHashHex"]?.stringValue ?? ""))
        #expect(output.hashData == TestMultibase.hex(vector["dataToSignHex"]?.stringValue ?? ""))
        let signed = try #require(vector["signedCredential"]?.objectValue)
        let key = try #require(vector["publicKeyMultibase"]?.stringValue)
        #expect(try Self.verifyAll(signed, key: key) == [true])
    }

    @Test("1EdTech signed OB and CLR credentials verify, with either OB 3.0.3 context copy",
        arguments: ["ob-signed.json", "clr-signed.json"])
    func oneEdTechSigned(_ file: String) throws {
        let signed = try FixtureLoader.object("ob3-spec/" + file)
        let key = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"
        #expect(try Self.verifyAll(signed, key: key) == [true])
        let older = JSONLDProcessor(loader: try ContextStore(preferredVariants: ["ob-spec-2024-03"]))
        var document = signed
        let proof = try #require(document["proof"]?.asList.first?.objectValue)
        document["proof"] = nil
        let viaOlder = try RDFCSuiteHasher(suite: .eddsaRdfc2022, processor: older).hash(document: document, proof: proof)
        let signature = try TestMultibase.decode(try #require(proof["proofValue"]?.stringValue))
        #expect(try TestMultibase.verify(signature: signature, message: viaOlder.hashData, publicKeyMultibase: key))
    }

    static let dccFiles: [String] = [
        "v1/v1Revoked.json", "v1/v1RevokedAndExpired.json", "v1/v1ExpiredWithValidStatus.json",
        "v1/v1OBv3SpecExample.json", "v1/v1NoStatus.json", "v1/v1Expired.json", "v1/v1SimpleIssuerId.json",
        "v1/v1WithValidStatus.json", "eddsaAndEd25519/v2/v2DoubleSigWithValidStatus.json",
        "eddsaAndEd25519/v2/v2DoubleSigWithBadStatusUrl.json", "v2/v2RevokedAndExpired.json",
        "v2/v2OBv3SpecExample.json", "v2/v2Expired.json", "v2/v2Revoked.json", "v2/v2WithValidStatus.json",
        "v2/v2ExpiredWithValidStatus.json", "v2/v2SimpleIssuerId.json", "v2/v2NoStatus.json",
        "eddsa/v2/v2EddsaWithValidStatus.json",
    ]

    @Test("DCC credentials with did:key proofs verify (every proof)", arguments: dccFiles)
    func dccCredential(_ file: String) throws {
        let results = try Self.verifyAll(try FixtureLoader.object("dcc/credentials/" + file))
        #expect(!results.isEmpty && results.allSatisfy { $0 })
    }

    @Test("DCC did:web credentials canonicalise (keys need injected DID documents)", arguments: [
        "v2/didWeb/v2didWebMultikeyWithValidStatus.json", "v2/didWeb/v2didWebWithValidStatus.json",
        "v2/didWeb/v2WithBadDidWeb.json",
    ])
    func dccDidWeb(_ file: String) throws {
        var document = try FixtureLoader.object("dcc/credentials/" + file)
        let proof = try #require(document["proof"]?.asList.first?.objectValue)
        document["proof"] = nil
        let output = try RDFCSuiteHasher(suite: .ed25519Signature2020).hash(document: document, proof: proof)
        #expect(output.hashData.count == 64)
    }

    @Test("DCC testVC.json was tampered with: both proofs fail")
    func dccTampered() throws {
        #expect(try Self.verifyAll(try FixtureLoader.object("dcc/credentials/v1/testVC.json")) == [false, false])
    }

    @Test("DCC safeModeBreaker.json is rejected by safe mode, naming the relative @type")
    func safeModeBreaker() throws {
        var document = try FixtureLoader.object("dcc/credentials/eddsa/v2/safeModeBreaker.json")
        let proof = try #require(document["proof"]?.asList.first?.objectValue)
        document["proof"] = nil
        let error = try #require(jsonLDFailure { try RDFCSuiteHasher(suite: .eddsaRdfc2022).hash(document: document, proof: proof) }?.error, "safe mode accepted the breaker")
        #expect(error.code == .safeModeViolation)
        #expect(error.detail.contains("relative @type reference"))
    }
}
