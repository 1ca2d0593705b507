import Crypto
import Foundation
import Testing
import WalletJSON
import WalletModel
@testable import WalletVerify

/// The W3C eddsa-jcs-2022 and ecdsa-jcs-2019 vectors, stage by stage.
@Suite struct W3CJCSVectorTests {
    /// The W3C key pair's Ed25519 private key: multibase `z3u2…` = 0x8026 ‖ 32-byte seed.
    static func w3cEd25519PrivateKey() throws -> Curve25519.Signing.PrivateKey {
        let pair = try Fixture.object("w3c-eddsa/keyPair.json")
        let text = try #require(pair["privateKeyMultibase"]?.stringValue)
        let bytes = try #require(Multibase.decode(text))
        #expect(Array(bytes.prefix(2)) == [0x80, 0x26])
        return try Curve25519.Signing.PrivateKey(rawRepresentation: bytes.dropFirst(2))
    }

    @Test("eddsa-jcs-2022: canonical proof config, canonical document, both hashes and hashData match")
    func eddsaStages() throws {
        let signed = try Fixture.object("w3c-eddsa/signedJCS.json")
        var document = signed
        document["proof"] = nil
        let config = try Fixture.object("w3c-eddsa/proofConfigJCS.json")
        let stages = try JCSProofHashing.stages(document: document, proof: config, hash: .sha256)
        #expect(String(decoding: stages.canonicalProofConfig, as: UTF8.self) == (try Fixture.text("w3c-eddsa/proofCanonJCS.txt")))
        #expect(String(decoding: stages.canonicalDocument, as: UTF8.self) == (try Fixture.text("w3c-eddsa/canonDocJCS.txt")))
        #expect(Fixture.hex(stages.proofHash) == (try Fixture.text("w3c-eddsa/proofHashJCS.txt")))
        #expect(Fixture.hex(stages.documentHash) == (try Fixture.text("w3c-eddsa/docHashJCS.txt")))
        #expect(Fixture.hex(stages.hashData) == (try Fixture.text("w3c-eddsa/combinedHashJCS.txt")))
    }

    @Test("eddsa-jcs-2022: signing with keyPair.json reproduces sigHex, the base58 proofValue and the signed document")
    func eddsaDeterministicSignature() throws {
        let key = try Self.w3cEd25519PrivateKey()
        let unsigned = try Fixture.object("w3c-eddsa/unsigned.json")
        var options = try Fixture.object("w3c-eddsa/proofConfigJCS.json")
        options["@context"] = nil  // the signer copies the document's @context in, as the spec advises
        let signed = try EdDSAJCS2022.sign(document: unsigned, options: options, with: key)
        let proofValue = try #require(signed["proof"]?["proofValue"]?.stringValue)
        #expect(proofValue == (try Fixture.text("w3c-eddsa/sigBTC58JCS.txt")))
        let signature = try #require(Multibase.decode(proofValue))
        #expect(Fixture.hex(signature) == (try Fixture.text("w3c-eddsa/sigHexJCS.txt")))
        #expect(signed == (try Fixture.object("w3c-eddsa/signedJCS.json")))
    }

    @Test("eddsa-jcs-2022: the signed vector verifies; the key's controller is not the https issuer")
    func eddsaVerify() throws {
        let signed = try Fixture.object("w3c-eddsa/signedJCS.json")
        let checks = DataIntegrityVerifier().verify(credential: signed, issuer: "https://vc.example/issuers/5678", at: Date())
        #expect(checks[0].result == .pass)
        #expect(checks[1].code == .issuerKeyMismatch)
    }

    @Test("ecdsa-jcs-2019: P-256 and P-384 stages match and the vector signatures verify", arguments: ["P256", "P384"])
    func ecdsa(_ curve: String) throws {
        let folder = "w3c-ecdsa/\(curve.lowercased())/"
        let signed = try Fixture.object(folder + "signedJCSECDSA\(curve).json")
        var document = signed
        document["proof"] = nil
        let config = try Fixture.object(folder + "proofConfigJCSECDSA\(curve).json")
        let stages = try JCSProofHashing.stages(document: document, proof: config, hash: curve == "P256" ? .sha256 : .sha384)
        #expect(String(decoding: stages.canonicalProofConfig, as: UTF8.self) == (try Fixture.text(folder + "proofCanonJCSECDSA\(curve).txt")))
        #expect(String(decoding: stages.canonicalDocument, as: UTF8.self) == (try Fixture.text(folder + "canonDocJCSECDSA\(curve).txt")))
        #expect(Fixture.hex(stages.proofHash) == (try Fixture.text(folder + "proofHashJCSECDSA\(curve).txt")))
        #expect(Fixture.hex(stages.documentHash) == (try Fixture.text(folder + "docHashJCSECDSA\(curve).txt")))
        #expect(Fixture.hex(stages.hashData) == (try Fixture.text(folder + "combinedHashJCSECDSA\(curve).txt")))
        let proofValue = try #require(signed["proof"]?["proofValue"]?.stringValue)
        let signature = try #require(Multibase.decode(proofValue))
        #expect(Fixture.hex(signature) == (try Fixture.text(folder + "sigHexJCSECDSA\(curve).txt")))
        let checks = DataIntegrityVerifier().verify(credential: signed, issuer: nil, at: Date())
        #expect(checks[0].result == .pass, "\(checks[0].message)")
    }

    @Test("ecdsa-jcs-2019: a P-384 proof fails once one byte of the document changes")
    func ecdsaTampered() throws {
        var signed = try Fixture.object("w3c-ecdsa/p384/signedJCSECDSAP384.json")
        signed["name"] = .string("Alumni Credential!")
        let checks = DataIntegrityVerifier().verify(credential: signed, issuer: nil, at: Date())
        #expect(checks[0].result == .fail)
        #expect(checks[0].code == .signatureInvalid)
    }
}
