import Foundation
import WalletJSON
import WalletModel

/// cairn's native JSON format for credentials the learner enters themselves (paper certificates,
/// manual entries). It carries the EU standard elements by name; nothing in it is signed, so a
/// credential in this format is always reported `self-asserted`, never `verified`.
///
/// A document is recognised by its content — `"type": "CairnSelfAssertedCredential"` at the top
/// level — never by its file name. `version` is 1. `title` is required; everything else is
/// optional and missing elements stay "not stated". Unknown members are errors, so a typo cannot
/// silently drop a value. README "Native self-asserted format" documents every member.
public enum SelfAssertedFormat {
    /// The value of the top-level `type` member that identifies the format.
    public static let typeName = "CairnSelfAssertedCredential"
    /// The only version this cairn reads.
    public static let version = 1

    static let topLevelMembers: Set<String> = [
        "type", "version", "learner", "title", "description", "awardingBody", "issuer", "issued",
        "validFrom", "validUntil", "learningOutcomes", "workload", "eqfLevel", "otherLevels",
        "assessment", "participation", "qualityAssurance", "prerequisites", "identityVerification",
        "grade", "integration", "furtherInformation", "achievementType", "credentialIdentifier",
        "fieldsOfStudy", "languages",
    ]

    /// True when `value` declares itself a self-asserted cairn credential.
    public static func matches(_ value: JSONValue) -> Bool {
        value["type"]?.stringValue == typeName
    }

    /// Reads the standard elements of a parsed self-asserted document.
    public static func record(from value: JSONValue) throws(SelfAssertedError) -> CredentialRecord {
        let root = try FieldReader(value, path: "$", allowed: topLevelMembers)
        guard matches(value) else { throw root.error("type", "expected \"\(typeName)\"") }
        guard let version = try root.number("version") else { throw root.error("version", "required (1)") }
        guard version == Double(Self.version) else { throw root.error("version", "unsupported version \(version); this cairn reads 1") }
        guard let title = try root.string("title") else { throw root.error("title", "required: a non-empty string") }
        var record = try SelfAssertedMapping.elements(from: root)
        record.title = title
        record.sources = SelfAssertedMapping.sources(for: record)
        return record
    }
}
