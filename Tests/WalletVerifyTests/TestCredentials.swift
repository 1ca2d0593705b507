import Crypto
import Foundation
import Testing
import WalletJSON
@testable import WalletVerify

/// Real eddsa-jcs-2022 credentials signed with fixed Ed25519 seeds, for tamper and status tests.
enum TestCredentials {
    static let issuerKey = seededKey(1)
    static let otherKey = seededKey(2)

    static func seededKey(_ byte: UInt8) -> Curve25519.Signing.PrivateKey {
        (try? Curve25519.Signing.PrivateKey(rawRepresentation: [UInt8](repeating: byte, count: 32))) ?? .init()
    }

    static func did(_ key: Curve25519.Signing.PrivateKey) -> String {
        "did:key:" + (PublicKeyMaterial.ed25519(key.publicKey).multibase ?? "")
    }

    static func method(_ key: Curve25519.Signing.PrivateKey) -> String {
        let id = PublicKeyMaterial.ed25519(key.publicKey).multibase ?? ""
        return "did:key:\(id)#\(id)"
    }

    /// An OB 3.0 micro-credential issued by `issuerKey`'s did:key, with 2 credits and EQF 6.
    static func credential(number: Int = 1, validUntil: String? = "2030-01-01T00:00:00Z", issuer: String? = nil) -> JSONObject {
        var object = (try? JSONParser().parse(#"""
            {"@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
             "type": ["VerifiableCredential", "OpenBadgeCredential"],
             "name": "Data Literacy micro-credential",
             "validFrom": "2025-01-01T00:00:00Z",
             "credentialSubject": {"type": ["AchievementSubject"], "id": "did:example:learner-1",
               "achievement": {"id": "https://example.edu/achievements/data-literacy", "type": ["Achievement"],
                 "name": "Data Literacy", "description": "Reading and questioning data.", "achievementType": "MicroCredential",
                 "criteria": {"narrative": "Pass the final project."}, "creditsAvailable": 2,
                 "alignment": [{"type": ["Alignment"], "targetName": "EQF level 6", "targetFramework": "European Qualifications Framework",
                   "targetUrl": "http://data.europa.eu/snb/eqf/6"}]}},
             "issuer": {"type": ["Profile"], "name": "University of Zed", "address": {"type": ["Address"], "addressCountryCode": "IE"}}}
            """#).objectValue) ?? JSONObject()
        object["id"] = .string("urn:uuid:00000000-0000-4000-8000-\(String(format: "%012ld", number))")
        var issuerObject = object["issuer"]?.objectValue ?? JSONObject()
        issuerObject["id"] = .string(issuer ?? did(issuerKey))
        object["issuer"] = .object(issuerObject)
        if let validUntil { object["validUntil"] = .string(validUntil) }
        return object
    }

    static func sign(_ document: JSONObject, with key: Curve25519.Signing.PrivateKey = issuerKey, method: String? = nil) throws -> JSONObject {
        let options = JSONObject([
            ("type", .string("DataIntegrityProof")), ("cryptosuite", .string("eddsa-jcs-2022")),
            ("created", .string("2025-01-01T00:00:00Z")), ("verificationMethod", .string(method ?? self.method(key))),
            ("proofPurpose", .string("assertionMethod")),
        ])
        return try EdDSAJCS2022.sign(document: document, options: options, with: key)
    }

    static func bytes(_ object: JSONObject) -> Data {
        Data(JSONWriter(indent: 2).string(.object(object)).utf8)
    }

    static let at = XSDDateTimeHelper.date("2026-06-01T00:00:00Z")
}

enum XSDDateTimeHelper {
    static func date(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text) ?? Date(timeIntervalSince1970: 0)
    }
}
