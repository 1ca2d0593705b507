import Foundation
import Testing
import WalletBundle
import WalletCrypto
import WalletJSON
import WalletModel

@Suite struct BundleReaderTests {
    let signer = EdDSAJCSPresentationSigner(key: HolderKey(), created: BundleFixtures.date)
    let reader = BundleReader(credentialChecker: TestCredentialChecker(), proofVerifier: EdDSAJCSPresentationVerifier())
    let expected = BundleReadOptions(challenge: "c-123", domain: "https://employer.example", at: BundleFixtures.date)

    func exportZip(_ options: ExportOptions = BundleFixtures.options()) throws -> Data {
        try BundleExporter(signer: signer).export(BundleFixtures.all, options: options)
    }

    /// Rebuilds the zip with one member changed (optionally rewriting the manifest to match).
    func tampered(_ path: String, rewriteManifest: Bool, change: (Data) -> Data) throws -> Data {
        let bundle = try BundleExporter(signer: signer).build(BundleFixtures.all, options: BundleFixtures.options())
        var members = bundle.members.map { $0.path == path ? ZipMember(path: path, data: change($0.data)) : $0 }
        if rewriteManifest {
            var manifest = bundle.manifest
            manifest.files = members.dropFirst().map { member in
                BundleManifest.File(
                    path: member.path, sha256: TestDigest.hex(member.data), size: member.data.count, mediaType: "x")
            }
            members[0] = ZipMember(path: "manifest.json", data: Data(JSONWriter().string(manifest.json).utf8))
        }
        return try BundleZipWriter().write(members, modified: BundleFixtures.date)
    }

    @Test("export then verify-bundle round-trips every credential format")
    func roundTrip() throws {
        let result = try reader.verify(try exportZip(), options: expected)
        #expect(result.valid, "\(result.checks)")
        #expect(result.holder == signer.holder)
        #expect(result.credentials.map(\.id) == BundleFixtures.all.map(\.id.rawValue))
        #expect(result.checks.allSatisfy { $0.result == .pass })
        #expect(result.json["valid"] == .bool(true))
        #expect(result.json["credentials"]?.arrayValue?.first?["verification"]?["status"]?.stringValue == "verified")
    }

    @Test("an unchecked holder signature is never reported as valid")
    func noVerifier() throws {
        let result = try BundleReader(credentialChecker: TestCredentialChecker()).verify(try exportZip(), options: expected)
        #expect(result.checks.first { $0.check == .holderProof }?.result == .unknown)
        #expect(!result.valid)
    }

    @Test("an edited transcript is a manifest mismatch")
    func editedTranscript() throws {
        let data = try tampered("transcript.html", rewriteManifest: false) { $0 + Data("<p>forged</p>".utf8) }
        let result = try reader.verify(data, options: expected)
        #expect(result.failureCodes == [.manifestMismatch])
        #expect(!result.valid)
    }

    @Test("an edited credential is caught by the holder-signed digests even with a rewritten manifest")
    func editedCredential() throws {
        let path = "credentials/\(BundleFixtures.id(3).rawValue).json"
        let data = try tampered(path, rewriteManifest: true) { _ in Data(#"{"payload":"forged"}"#.utf8) }
        let result = try reader.verify(data, options: expected)
        #expect(result.failureCodes == [.manifestMismatch])
        #expect(result.checks.first { $0.check == .manifest }?.message.contains("holder signed") == true)
    }

    @Test("a swapped holder fails the holder proof")
    func swappedHolder() throws {
        let other = HolderKey().did
        let data = try tampered("presentation.json", rewriteManifest: true) { data in
            Data(String(decoding: data, as: UTF8.self).replacingOccurrences(
                of: "\"holder\": \"\(signer.holder)\"", with: "\"holder\": \"\(other)\"").utf8)
        }
        let result = try reader.verify(data, options: expected)
        #expect(result.failureCodes.contains(.holderSignatureInvalid))
    }

    @Test("a replay with another challenge or domain, and an expired bundle, fail with their codes")
    func replayAndExpiry() throws {
        let data = try exportZip()
        let replay = BundleReadOptions(challenge: "other", domain: "https://elsewhere.example", at: BundleFixtures.date)
        let replayed = try reader.verify(data, options: replay)
        #expect(replayed.failureCodes == [.challengeMismatch, .domainMismatch])
        #expect(replayed.text.contains("✗ challenge [challenge-mismatch]: The bundle answers challenge \"c-123\", not \"other\""))
        #expect(replayed.text.hasPrefix("Bundle: NOT valid (zip)"))
        let late = BundleReadOptions(at: BundleFixtures.date.addingTimeInterval(2 * 86_400))
        #expect(try reader.verify(data, options: late).failureCodes == [.bundleExpired])
    }

    @Test("opens bundles encrypted to an X25519 recipient or a passphrase")
    func encrypted() throws {
        let identity = AgeX25519Identity()
        let sealed = try exportZip(BundleFixtures.options(encryption: .recipients([identity.recipient.string])))
        #expect(throws: BundleError.self) { try reader.open(sealed) }
        var options = expected
        options.identities = [identity]
        let result = try reader.verify(sealed, options: options)
        #expect(result.valid && result.wasEncrypted)
        let locked = try exportZip(BundleFixtures.options(encryption: .passphrase("pw", workFactor: 10)))
        options.identities = [AgeScryptIdentity(passphrase: "pw")]
        #expect(try reader.verify(locked, options: options).valid)
        options.identities = [AgeScryptIdentity(passphrase: "wrong")]
        #expect(throws: BundleError.self) { try reader.verify(locked, options: options) }
    }

    @Test("verifies a bare presentation from --format vp")
    func barePresentation() throws {
        let data = try BundleExporter(signer: signer).export(
            Array(BundleFixtures.all.prefix(2)), options: BundleFixtures.options(format: .vp))
        let result = try reader.verify(data, options: expected)
        #expect(result.container == .presentation)
        #expect(result.valid)
        #expect(result.credentials.map(\.title) == ["Data Literacy <Basics>", nil])
    }

    @Test("rejects files of the wrong type and zips with foreign members")
    func wrongTypes() throws {
        #expect(throws: BundleError.self) { try reader.open(Data("%PDF-1.7".utf8)) }
        #expect(throws: BundleError.self) { try reader.open(Data(#"{"type":"VerifiableCredential"}"#.utf8)) }
        let foreign = try BundleZipWriter().write(
            [ZipMember(path: "presentation.json", data: Data("{}".utf8)), ZipMember(path: "run.sh", data: Data())],
            modified: BundleFixtures.date)
        #expect(throws: BundleError.self) { try reader.open(foreign) }
    }
}

@Suite struct HolderProofTamperTests {
    let key = HolderKey()
    var signer: EdDSAJCSPresentationSigner { EdDSAJCSPresentationSigner(key: key, created: BundleFixtures.date) }
    let reader = BundleReader(credentialChecker: TestCredentialChecker(), proofVerifier: EdDSAJCSPresentationVerifier())
    let expected = BundleReadOptions(challenge: "c-123", domain: "https://employer.example", at: BundleFixtures.date)

    func presentation() throws -> JSONObject {
        try BundleExporter(signer: signer).build(BundleFixtures.all, options: BundleFixtures.options()).presentation
    }

    @Test("the holder proof is eddsa-jcs-2022 with purpose authentication and the requested binding")
    func proofShape() throws {
        let proof = try #require(try presentation()["proof"]?.objectValue)
        #expect(proof["cryptosuite"]?.stringValue == "eddsa-jcs-2022")
        #expect(proof["proofPurpose"]?.stringValue == "authentication")
        #expect(proof["verificationMethod"]?.stringValue == key.verificationMethod)
        #expect(proof["challenge"]?.stringValue == "c-123")
        #expect(proof["domain"]?.stringValue == "https://employer.example")
        #expect(proof["expires"]?.stringValue == "2026-11-19T11:06:40Z")
        #expect(EdDSAJCSPresentationVerifier().verifySignature(of: try presentation()) == .valid(
            "eddsa-jcs-2022 signature by \(key.verificationMethod) is valid."))
    }

    @Test("an edited signed presentation fails the holder signature")
    func editedPresentation() throws {
        var edited = try presentation()
        edited["id"] = .string("urn:uuid:forged")
        guard case .invalid = EdDSAJCSPresentationVerifier().verifySignature(of: edited) else {
            Issue.record("an edited presentation must not verify")
            return
        }
        let result = try reader.verify(Data(JSONWriter().string(.object(edited)).utf8), options: expected)
        #expect(result.failureCodes.contains(.holderSignatureInvalid))
    }

    @Test("a holder swapped together with the proof's key fails the signature, not just the binding")
    func swappedHolderAndKey() throws {
        let other = HolderKey()
        var swapped = try presentation()
        swapped["holder"] = .string(other.did)
        var proof = try #require(swapped["proof"]?.objectValue)
        proof["verificationMethod"] = .string(other.verificationMethod)
        swapped["proof"] = .object(proof)
        let result = try reader.verify(Data(JSONWriter().string(.object(swapped)).utf8), options: expected)
        #expect(result.failureCodes.contains(.holderSignatureInvalid))
        #expect(result.checks.first?.message.contains("does not match") == true)
    }

    @Test("a proof of another suite is not checked and so not valid")
    func otherSuite() throws {
        var other = try presentation()
        var proof = try #require(other["proof"]?.objectValue)
        proof["cryptosuite"] = .string("eddsa-rdfc-2022")
        other["proof"] = .object(proof)
        guard case .unsupported = EdDSAJCSPresentationVerifier().verifySignature(of: other) else {
            Issue.record("an unsupported suite must be reported as unsupported")
            return
        }
    }
}
