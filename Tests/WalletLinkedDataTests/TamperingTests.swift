import Foundation
import Testing
import WalletJSON
@testable import WalletLinkedData

/// Tampered copies of a signed OB 3.0 credential: other hashes, failed signatures or safe-mode errors.
@Suite struct TamperingTests {
    static let key = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"

    static func signed() throws -> (JSONObject, JSONObject) {
        var document = try FixtureLoader.object("ob3-spec/ob-signed.json")
        let proof = try #require(document["proof"]?.objectValue)
        document["proof"] = nil
        return (document, proof)
    }

    static func verifies(_ document: JSONObject, _ proof: JSONObject, key: String = key) throws -> Bool {
        let output = try RDFCSuiteHasher(suite: .eddsaRdfc2022).hash(document: document, proof: proof)
        let signature = try TestMultibase.decode(try #require(proof["proofValue"]?.stringValue))
        return try TestMultibase.verify(signature: signature, message: output.hashData, publicKeyMultibase: key)
    }

    @Test("the untouched credential verifies (control)")
    func control() throws {
        let (document, proof) = try Self.signed()
        #expect(try Self.verifies(document, proof))
    }

    @Test("a changed value changes the document hash and breaks the signature")
    func valueChanged() throws {
        let (original, proof) = try Self.signed()
        var document = original
        document["name"] = .string("Teamwork Badge (forged)")
        let hasher = RDFCSuiteHasher(suite: .eddsaRdfc2022)
        #expect(try hasher.hash(document: document, proof: proof).documentHash
            != hasher.hash(document: original, proof: proof).documentHash)
        #expect(try !Self.verifies(document, proof))
    }

    @Test("a swapped credential subject breaks the signature")
    func subjectSwapped() throws {
        var (document, proof) = try Self.signed()
        var subject = try #require(document["credentialSubject"]?.objectValue)
        subject["id"] = .string("did:example:someone-else")
        document["credentialSubject"] = .object(subject)
        #expect(try !Self.verifies(document, proof))
    }

    @Test("a term added outside the context is a safe-mode error naming the term")
    func termOutsideContext() throws {
        var (document, proof) = try Self.signed()
        document["favouriteColour"] = .string("green")
        let error = try #require(jsonLDFailure { try RDFCSuiteHasher(suite: .eddsaRdfc2022).hash(document: document, proof: proof) }?.error, "an undefined term was accepted")
        #expect(error.code == .safeModeViolation)
        #expect(error.detail.contains("favouriteColour"))
    }

    @Test("a relative @id is a safe-mode error")
    func relativeID() throws {
        var (document, proof) = try Self.signed()
        document["id"] = .string("credentials/3527")
        #expect(throws: RDFCSuiteError.self) {
            try RDFCSuiteHasher(suite: .eddsaRdfc2022).hash(document: document, proof: proof)
        }
    }

    @Test("an unknown remote context is refused by URL, nothing fetched")
    func unknownContext() throws {
        var (document, proof) = try Self.signed()
        document["@context"] = .array((document["@context"]?.asList ?? []) + [.string("https://evil.example/ctx")])
        let error = try #require(jsonLDFailure { try RDFCSuiteHasher(suite: .eddsaRdfc2022).hash(document: document, proof: proof) }?.error, "an unknown context was accepted")
        #expect(error == JSONLDError(.unknownContext, "https://evil.example/ctx"))
    }

    @Test("the wrong key fails")
    func wrongKey() throws {
        let (document, proof) = try Self.signed()
        #expect(try !Self.verifies(document, proof, key: "z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q"))
    }

    @Test("a redefinition of a protected VC v2 term is refused")
    func protectedRedefinition() throws {
        var (document, proof) = try Self.signed()
        let override = JSONValue.object(JSONObject([("name", .string("https://evil.example/name"))]))
        document["@context"] = .array((document["@context"]?.asList ?? []) + [override])
        let error = try #require(jsonLDFailure { try RDFCSuiteHasher(suite: .eddsaRdfc2022).hash(document: document, proof: proof) }?.error, "a protected term was redefined")
        #expect(error.code == .protectedTermRedefinition)
    }
}
