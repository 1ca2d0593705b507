import Foundation
import Testing
import WalletJSON
import WalletModel
@testable import WalletVerify

@Suite struct OpenBadges2VerifierTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// The local document cache of the tests: IRIs → `assets/<last path component>`.
    static let assets: DocumentLookup = { iri in
        guard let name = iri.split(separator: "/").last else { return nil }
        return try? VerifyMoreFixtures.object("OpenBadges2/assets/\(name)")
    }

    let verifier = OpenBadges2Verifier(documents: Self.assets)

    @Test("verifies the signed 1EdTech assertions with their cached keys and maps the badge")
    func signedAssertions() throws {
        for name in ["simple.jwt", "simple-not-revoked.jwt"] {
            let inspection = try verifier.inspect(try VerifyMoreFixtures.data("OpenBadges2/\(name)"), at: now)
            #expect(inspection.verification.status == .verified, "\(name): \(inspection.verification.checks)")
            #expect(inspection.format == .openBadges2)
        }
        let record = try verifier.inspect(try VerifyMoreFixtures.data("OpenBadges2/simple.jwt"), at: now).record
        #expect(record.title == "Awesome Robotics Badge")
        #expect(record.awardingBody?.name == "An Example Badge Issuer")
        #expect(record.learner?.identifiers.first?.hashed == true)
        #expect(record.issued == XSDDateTimeForTests.parse("2016-12-31T23:59:59Z"))
    }

    @Test("reports the revoked assertion as revoked after a valid signature")
    func revoked() throws {
        let report = try verifier.inspect(try VerifyMoreFixtures.data("OpenBadges2/simple-revoked.jwt"), at: now).verification
        #expect(report.check(.proof)?.result == .pass)
        #expect(report.check(.status)?.code == .revoked)
        #expect(report.status == .failed)
    }

    @Test("without the key in the cache a signed assertion is unverifiable, key-unresolvable")
    func missingKey() throws {
        let report = try OpenBadges2Verifier().inspect(try VerifyMoreFixtures.data("OpenBadges2/simple.jwt"), at: now).verification
        #expect(report.status == .unverifiable)
        #expect(report.check(.proof)?.code == .keyUnresolvable)
    }

    @Test("a flipped signature byte or the wrong key fails with signature-invalid")
    func tampered() throws {
        let token = try VerifyMoreFixtures.text("OpenBadges2/simple.jwt").trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = token.split(separator: ".").map(String.init)
        var signature = try #require(JOSEBase64URL.decode(parts[2]))
        signature[signature.count - 1] ^= 0x01
        let flipped = parts[0] + "." + parts[1] + "." + JOSEBase64URL.encode(signature)
        let report = try verifier.inspect(Data(flipped.utf8), at: now).verification
        #expect(report.check(.proof)?.code == .signatureInvalid)
        let swapped = OpenBadges2Verifier { iri in Self.assets(iri.hasSuffix("key1.json") ? "key2.json" : iri) }
        let wrong = try swapped.inspect(Data(token.utf8), at: now).verification
        #expect(wrong.check(.proof)?.code == .signatureInvalid)
        #expect(wrong.status == .failed)
    }

    @Test("a key owned by someone other than the issuer fails with issuer-key-mismatch")
    func keyOwnerMismatch() throws {
        let lookup: DocumentLookup = { iri in
            guard var key = Self.assets(iri), iri.hasSuffix("key1.json") else { return Self.assets(iri) }
            key["owner"] = .string("https://evil.example/org.json")
            return key
        }
        let report = try OpenBadges2Verifier(documents: lookup).inspect(try VerifyMoreFixtures.data("OpenBadges2/simple.jwt"), at: now).verification
        #expect(report.check(.issuer)?.code == .issuerKeyMismatch)
    }

    @Test("hosted assertions are imported as unverifiable with hosted-badge, never verified")
    func hosted() throws {
        let inspection = try verifier.inspect(try VerifyMoreFixtures.data("OpenBadges2/basic-assertion.json"), at: now)
        #expect(inspection.verification.status == .unverifiable)
        #expect(inspection.verification.check(.proof)?.code == .hostedBadge)
        #expect(inspection.verification.check(.proof)?.message.contains("issuer's server") == true)
        #expect(inspection.record.title == "Awesome Robotics Badge")
    }

    @Test("an expired hosted assertion reports expired")
    func expired() throws {
        let report = try verifier.inspect(try VerifyMoreFixtures.data("OpenBadges2/basic-assertion-expired.json"), at: now).verification
        #expect(report.check(.validity)?.code == .expired)
    }

    @Test("invalid JSON and a wrong type are clear input errors")
    func badInput() throws {
        for name in ["redirected-validation-subject.json", "basic-assertion-invalid-type.json"] {
            #expect(throws: InspectionError.self, "\(name)") {
                try verifier.inspect(try VerifyMoreFixtures.data("OpenBadges2/\(name)"), at: now)
            }
        }
        #expect(OpenBadges2Verifier.recognises(try VerifyMoreFixtures.data("OpenBadges2/simple.jwt")))
        #expect(OpenBadges2Verifier.recognises(try VerifyMoreFixtures.data("OpenBadges2/basic-assertion.json")))
        #expect(!OpenBadges2Verifier.recognises(try VerifyMoreFixtures.data("VCJWT/clr-simple.jwt")))
    }
}

enum XSDDateTimeForTests {
    static func parse(_ text: String) -> Date? { ISO8601DateFormatter().date(from: text) }
}

@Suite struct OpenBadges2RecipientTests {
    @Test("matches the salted SHA-256 recipient of the 1EdTech assertions, and nobody else")
    func hashedRecipient() throws {
        let recipient = try #require(try VerifyMoreFixtures.object("OpenBadges2/basic-assertion.json")["recipient"]?.objectValue)
        #expect(OpenBadges2Recipient.matches(recipient, plaintext: "nobody@example.org"))
        #expect(!OpenBadges2Recipient.matches(recipient, plaintext: "somebody@example.org"))
    }

    @Test("compares plaintext identities without hashing")
    func plaintextRecipient() {
        let recipient = JSONObject([("type", .string("email")), ("hashed", .bool(false)), ("identity", .string("a@b.org"))])
        #expect(OpenBadges2Recipient.matches(recipient, plaintext: "A@b.org"))
        #expect(!OpenBadges2Recipient.matches(recipient, plaintext: "c@b.org"))
    }
}
