import Foundation
import Testing
import WalletFormats
import WalletJSON
import WalletModel
@testable import WalletVerify

@Suite struct EuropassVerifierTests {
    static let sealed = [
        "Sample-MC-Annex1-signed.jsonld", "Sample-CertOfPart-signed.jsonld", "credential-signed.jsonld",
        "json_sealed_advanced.json", "json_to_seal-signed-jades-baseline-lta.json",
    ]
    let verifier = EuropassVerifier()

    @Test("all five EC sealed samples verify with x5c[0], the certificate judged at the signing time")
    func sealedSamplesVerify() throws {
        for name in Self.sealed {
            let report = try verifier.inspect(try VerifyMoreFixtures.data("Europass/\(name)"), at: Date()).verification
            #expect(report.check(.proof)?.result == .pass, "\(name): \(report.checks)")
            #expect(report.check(.issuer)?.result == .pass, "\(name): \(report.checks)")
            #expect(report.check(.trust)?.result == .unknown, "\(name)")
            #expect(report.check(.trust)?.code == .untrustedIssuer, "\(name)")
            #expect(report.check(.trust)?.message.contains("links up") == true, "\(name): \(report.checks)")
        }
    }

    @Test("the sealed MC sample is verified inside its validity period; trust stays unknown")
    func verifiedStatus() throws {
        let inspection = try verifier.inspect(try VerifyMoreFixtures.data("Europass/Sample-MC-Annex1-signed.jsonld"), at: try VerifyMoreFixtures.date("2024-01-01T00:00:00Z"))
        #expect(inspection.verification.status == .verified)
        #expect(inspection.format == .europass)
        #expect(inspection.record.title == "Digital micro-credential creation")
        #expect(inspection.record.ects == 2)
    }

    @Test("an EDC past its expiration date reports expired, with the seal still valid")
    func expired() throws {
        let report = try verifier.inspect(try VerifyMoreFixtures.data("Europass/credential-signed.jsonld"), at: try VerifyMoreFixtures.date("2026-01-01T00:00:00Z")).verification
        #expect(report.check(.validity)?.code == .expired)
        #expect(report.check(.proof)?.result == .pass)
        #expect(report.status == .failed)
    }

    @Test("a raised credit value, a flipped signature byte or a swapped subject fail with signature-invalid")
    func tampered() throws {
        let text = try VerifyMoreFixtures.text("Europass/Sample-MC-Annex1-signed.jsonld")
        let raised = text.replacingOccurrences(of: #"\"point\":\"2\""#, with: #"\"point\":\"20\""#)
        let swapped = text.replacingOccurrences(of: #"\"id\":\"urn:epass:person:1\""#, with: #"\"id\":\"urn:epass:person:9\""#)
        #expect(raised != text && swapped != text)
        var document = try #require(try JSONParser().parse(text).objectValue)
        var signatures = try #require(document["signatures"]?.arrayValue)
        var first = try #require(signatures[0].objectValue)
        var signature = try #require(JOSEBase64URL.decode(first["signature"]?.stringValue ?? ""))
        signature[10] ^= 0x01
        first["signature"] = .string(JOSEBase64URL.encode(signature))
        signatures[0] = .object(first)
        document["signatures"] = .array(signatures)
        let flipped = JSONWriter().string(.object(document))
        for variant in [raised, swapped, flipped] {
            let report = try verifier.inspect(Data(variant.utf8), at: Date()).verification
            #expect(report.check(.proof)?.code == .signatureInvalid)
            #expect(report.status == .failed)
        }
    }

    @Test("another sample's certificate (a wrong key) is caught by the x5t#S256 thumbprint or the signature")
    func wrongCertificate() throws {
        let other = try VerifyMoreFixtures.object("Europass/credential-signed.jsonld")
        let otherHeader = try Self.protectedHeader(other)
        var document = try VerifyMoreFixtures.object("Europass/Sample-MC-Annex1-signed.jsonld")
        var header = try Self.protectedHeader(document)
        header["x5c"] = otherHeader["x5c"]
        let withThumbprint = try Self.replacingHeader(&document, header)
        header["x5t#S256"] = otherHeader["x5t#S256"]
        var second = try VerifyMoreFixtures.object("Europass/Sample-MC-Annex1-signed.jsonld")
        let withBoth = try Self.replacingHeader(&second, header)
        #expect(try verifier.inspect(withThumbprint, at: Date()).verification.check(.proof)?.code == .issuerKeyMismatch)
        #expect(try verifier.inspect(withBoth, at: Date()).verification.check(.proof)?.code == .signatureInvalid)
    }

    @Test("the certificate is judged at the sigTst time-stamp bound to this signature")
    func timeStamp() throws {
        for name in ["Sample-MC-Annex1-signed.jsonld", "credential-signed.jsonld", "json_sealed_advanced.json"] {
            let issuer = try verifier.inspect(try VerifyMoreFixtures.data("Europass/\(name)"), at: Date()).verification.check(.issuer)
            #expect(issuer?.message.contains("signature time-stamp") == true, "\(name): \(String(describing: issuer))")
        }
    }

    @Test("a time-stamp taken from another signature fails the issuer check")
    func foreignTimeStamp() throws {
        let other = try VerifyMoreFixtures.object("Europass/credential-signed.jsonld")
        var document = try VerifyMoreFixtures.object("Europass/Sample-MC-Annex1-signed.jsonld")
        var signatures = try #require(document["signatures"]?.arrayValue)
        var first = try #require(signatures[0].objectValue)
        first["header"] = other["signatures"]?.arrayValue?.first?["header"]
        signatures[0] = .object(first)
        document["signatures"] = .array(signatures)
        let report = try verifier.inspect(Data(JSONWriter().string(.object(document)).utf8), at: Date()).verification
        #expect(report.check(.proof)?.result == .pass)
        #expect(report.check(.issuer)?.result == .fail)
    }

    @Test("a broken x5c chain fails the trust check")
    func brokenChain() throws {
        var document = try VerifyMoreFixtures.object("Europass/json_sealed_advanced.json")
        var header = try Self.protectedHeader(document)
        var chain = try #require(header["x5c"]?.arrayValue)
        try #require(chain.count == 3)
        chain[1] = chain[2]
        header["x5c"] = .array(chain)
        let report = try verifier.inspect(try Self.replacingHeader(&document, header), at: Date()).verification
        #expect(report.check(.trust)?.result == .fail)
        #expect(report.check(.trust)?.message.contains("broken") == true)
    }

    @Test("an unknown critical header is refused")
    func unknownCritical() throws {
        var document = try VerifyMoreFixtures.object("Europass/Sample-MC-Annex1-signed.jsonld")
        var header = try Self.protectedHeader(document)
        header["crit"] = .array([.string("b64"), .string("sigT"), .string("adoTst"), .string("x-unknown")])
        header["x-unknown"] = .bool(true)
        let changed = try Self.replacingHeader(&document, header)
        #expect(throws: InspectionError.self) { try verifier.inspect(changed, at: Date()) }
    }

    static func protectedHeader(_ document: JSONObject) throws -> JSONObject {
        let first = try #require(document["signatures"]?.arrayValue?.first?.objectValue)
        let bytes = try #require(JOSEBase64URL.decode(first["protected"]?.stringValue ?? ""))
        return try #require(try JSONParser().parse(bytes).objectValue)
    }

    static func replacingHeader(_ document: inout JSONObject, _ header: JSONObject) throws -> Data {
        var signatures = try #require(document["signatures"]?.arrayValue)
        var first = try #require(signatures[0].objectValue)
        first["protected"] = .string(JOSEBase64URL.encode(Data(JSONWriter().string(.object(header)).utf8)))
        signatures[0] = .object(first)
        document["signatures"] = .array(signatures)
        return Data(JSONWriter().string(.object(document)).utf8)
    }
}
