import Foundation
import WalletBundle
import WalletJSON
import WalletModel

/// Credentials of every placement kind, with originals whose exact bytes matter.
enum BundleFixtures {
    static let date = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18

    static func id(_ byte: UInt8) -> CredentialID { CredentialID(bytes: [UInt8](repeating: byte, count: 16)) }

    /// An OB 3.0 credential with a number spelled `1.0` and an unknown member, which must survive.
    static let ob3Original = Data("""
        {"@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
          "type": ["VerifiableCredential", "OpenBadgeCredential"], "id": "urn:uuid:1", "name": "Data Literacy <Basics>",
          "issuer": {"id": "did:key:z6MkIssuer", "type": ["Profile"], "name": "Uni"}, "validFrom": "2026-01-01T00:00:00Z",
          "credentialSubject": {"type": ["AchievementSubject"], "achievement": {"name": "Data Literacy <Basics>",
          "creditsAvailable": 1.0}}, "x-unknown": "caf\\u00e9",
          "proof": {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022", "proofValue": "z3abc"}}
        """.utf8)

    static let jwtOriginal = Data("eyJhbGciOiJFZERTQSJ9.eyJuYW1lIjoiU1FMIn0.c2lnbmF0dXJl\n".utf8)
    static let europassOriginal = Data(#"{"payload":"{\"title\":\"Europass course\"}","signatures":[{"protected":"e30","signature":"AA"}]}"#.utf8)
    static let ob2Original = Data(#"{"@context":"https://w3id.org/openbadges/v2","type":"Assertion","id":"urn:uuid:ob2","badge":{"name":"OB2 badge"}}"#.utf8)

    static func credential(_ byte: UInt8, _ format: CredentialFormat, _ original: Data, title: String) -> Credential {
        let record = CredentialRecord(
            learner: Learner(name: "Ada Lovelace"), title: title,
            awardingBody: Organisation(name: "University of Zed", country: "IE"), issued: date,
            learningOutcomes: [LearningOutcome(title: "Reads & writes SQL", skills: [SkillReference(label: "SQL")])],
            workload: [Workload(value: 2, unit: .ects)], eqfLevel: 6)
        let report = VerificationReport(
            status: .verified,
            checks: [VerificationCheck(check: .proof, result: .pass, message: "Signature valid (eddsa-rdfc-2022).")],
            checkedAt: date)
        return Credential(
            id: id(byte), format: format, record: record, verification: report, original: original, importedAt: date)
    }

    static var all: [Credential] {
        [
            credential(1, .openBadges3, ob3Original, title: "Data Literacy <Basics>"),
            credential(2, .vcJWT, jwtOriginal, title: "SQL"),
            credential(3, .europass, europassOriginal, title: "Europass course"),
            credential(4, .openBadges2, ob2Original, title: "OB2 badge"),
        ]
    }

    static func options(
        format: ExportOptions.Format = .zip, challenge: String? = "c-123", domain: String? = "https://employer.example",
        expires: Date? = date.addingTimeInterval(86_400), encryption: ExportOptions.Encryption? = nil
    ) -> ExportOptions {
        ExportOptions(
            format: format, learnerName: "Ada Lovelace", exportedAt: date, challenge: challenge, domain: domain,
            expires: expires, stackingProgress: "CMF micro-credential: 4 of 5 ECTS", encryption: encryption)
    }
}
