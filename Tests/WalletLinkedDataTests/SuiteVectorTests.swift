import Foundation
import Testing
import WalletJSON
@testable import WalletLinkedData

/// W3C vc-di-eddsa and vc-di-ecdsa rdfc vectors, stage by stage, plus signature verification.
@Suite struct SuiteVectorTests {
    struct Vector: CustomStringConvertible, Sendable {
        let folder: String
        let tag: String
        let suite: RDFCSuite
        let keyFile: String
        var description: String { folder }
    }

    static let vectors: [Vector] = [
        Vector(folder: "vc-di-eddsa/eddsa-rdfc-2022", tag: "DataInt", suite: .eddsaRdfc2022,
            keyFile: "vc-di-eddsa/keyPair.json"),
        Vector(folder: "vc-di-eddsa/eddsa-rdfc-2022/employ", tag: "DataInt", suite: .eddsaRdfc2022,
            keyFile: "vc-di-eddsa/keyPair.json"),
        Vector(folder: "vc-di-eddsa/Ed25519Signature2020", tag: "EdSig", suite: .ed25519Signature2020,
            keyFile: "vc-di-eddsa/keyPair.json"),
        Vector(folder: "vc-di-ecdsa/ecdsa-rdfc-2019-p256", tag: "ECDSAP256", suite: .ecdsaRdfc2019P256,
            keyFile: "vc-di-ecdsa/p256KeyPair.json"),
        Vector(folder: "vc-di-ecdsa/ecdsa-rdfc-2019-p256/employ", tag: "ECDSAP256", suite: .ecdsaRdfc2019P256,
            keyFile: "vc-di-ecdsa/p256KeyPair.json"),
        Vector(folder: "vc-di-ecdsa/ecdsa-rdfc-2019-p384", tag: "ECDSAP384", suite: .ecdsaRdfc2019P384,
            keyFile: "vc-di-ecdsa/p384KeyPair.json"),
        Vector(folder: "vc-di-ecdsa/ecdsa-rdfc-2019-p384/employ", tag: "ECDSAP384", suite: .ecdsaRdfc2019P384,
            keyFile: "vc-di-ecdsa/p384KeyPair.json"),
    ]

    static func split(_ signed: JSONObject) throws -> (JSONObject, JSONObject) {
        var document = signed
        guard case .object(let proof)? = document["proof"] else { throw TestMultibase.Invalid() }
        document["proof"] = nil
        return (document, proof)
    }

    @Test("every stage of the W3C rdfc vectors matches and the signature verifies", arguments: vectors)
    func vector(_ vector: Vector) throws {
        let path = vector.folder + "/"
        let signed = try FixtureLoader.object(path + "signed\(vector.tag).json")
        let (document, proof) = try Self.split(signed)
        let hasher = RDFCSuiteHasher(suite: vector.suite)
        let expectedConfig = try FixtureLoader.object(path + "proofConfig\(vector.tag).json")
        #expect(try hasher.proofConfig(document: document, proof: proof) == expectedConfig)
        let output = try hasher.hash(document: document, proof: proof)
        #expect(output.canonicalDocument == (try FixtureLoader.text(path + "canonDoc\(vector.tag).txt")))
        #expect(output.canonicalProofConfig == (try FixtureLoader.text(path + "proofCanon\(vector.tag).txt")))
        #expect(output.documentHash == TestMultibase.hex(try FixtureLoader.text(path + "docHash\(vector.tag).txt")))
        #expect(output.proofHash == TestMultibase.hex(try FixtureLoader.text(path + "proofHash\(vector.tag).txt")))
        #expect(output.hashData == TestMultibase.hex(try FixtureLoader.text(path + "combinedHash\(vector.tag).txt")))
        let key = try #require(try FixtureLoader.object(vector.keyFile)["publicKeyMultibase"]?.stringValue)
        let signature = try TestMultibase.decode(try #require(proof["proofValue"]?.stringValue))
        #expect(try TestMultibase.verify(signature: signature, message: output.hashData, publicKeyMultibase: key))
    }

    @Test("the P-384 employ vector needs SHA-384 inside RDFC: SHA-256 gives other hashes")
    func p384NeedsSHA384() throws {
        let signed = try FixtureLoader.object("vc-di-ecdsa/ecdsa-rdfc-2019-p384/employ/signedECDSAP384.json")
        let (document, _) = try Self.split(signed)
        let with384 = try RDFCanonicalizer(hashAlgorithm: .sha384).canonicalNQuads(
            try JSONLDProcessor.bundled.toRDF(.object(document)).quads)
        let with256 = try RDFCanonicalizer(hashAlgorithm: .sha256).canonicalNQuads(
            try JSONLDProcessor.bundled.toRDF(.object(document)).quads)
        #expect(with384 != with256)
    }

    @Test("a proof of another suite is refused")
    func wrongSuite() throws {
        let signed = try FixtureLoader.object("vc-di-eddsa/Ed25519Signature2020/signedEdSig.json")
        let (document, proof) = try Self.split(signed)
        #expect(throws: RDFCSuiteError.self) {
            try RDFCSuiteHasher(suite: .eddsaRdfc2022).hash(document: document, proof: proof)
        }
    }
}
