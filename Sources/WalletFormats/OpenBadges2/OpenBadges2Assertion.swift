import Foundation
import WalletJSON

/// An Open Badges 2.0 Assertion, read as plain JSON (no OB 2.0 signature depends on JSON-LD).
public struct OpenBadges2Assertion: Equatable, Sendable {
    /// How the issuer lets the assertion be checked.
    public enum VerificationType: String, Sendable {
        case hosted, signed
    }

    public var json: JSONObject
    public var id: String
    public var verification: VerificationType
    /// `verification.creator`: the CryptographicKey IRI of a signed assertion.
    public var creator: String?
    /// The BadgeClass: embedded, or only its IRI.
    public var badgeIRI: String?
    public var embeddedBadge: JSONObject?
    public var issuedOn: Date?
    public var expires: Date?
    public var revoked: Bool

    /// Reads an assertion; throws when `type` is not `Assertion` or required members are missing.
    public init(_ json: JSONObject) throws(OpenBadges2Error) {
        let types = json["type"]?.asList.compactMap(\.stringValue) ?? []
        guard types.contains("Assertion") else {
            throw .notAnAssertion("type is \(types.isEmpty ? "missing" : types.joined(separator: ", ")), not Assertion")
        }
        guard let id = json["id"]?.stringValue else { throw .missing("id") }
        guard json["recipient"]?.objectValue != nil else { throw .missing("recipient") }
        guard let issuedOn = json["issuedOn"]?.stringValue else { throw .missing("issuedOn") }
        guard let date = XSDDateTime.parseDateOrDateTime(issuedOn) else { throw .invalid("issuedOn", issuedOn) }
        self.json = json
        self.id = id
        let verification = json["verification"]?.objectValue
        self.verification = verification?["type"]?.stringValue.flatMap {
            VerificationType(rawValue: $0.lowercased().replacingOccurrences(of: "signedbadge", with: "signed")
                .replacingOccurrences(of: "hostedbadge", with: "hosted"))
        } ?? .hosted
        self.creator = verification?["creator"]?.stringValue
        self.badgeIRI = json["badge"]?.stringValue ?? json["badge"]?["id"]?.stringValue
        self.embeddedBadge = json["badge"]?.objectValue
        self.issuedOn = date
        self.expires = json["expires"]?.stringValue.flatMap(XSDDateTime.parseDateOrDateTime)
        self.revoked = json["revoked"]?.boolValue ?? false
    }

    /// True when the JSON carries the Open Badges 2.0 (or 1.1) context or is typed `Assertion`.
    public static func looksLikeAssertion(_ json: JSONObject) -> Bool {
        let contexts = json["@context"]?.asList.compactMap(\.stringValue) ?? []
        if contexts.contains(where: { $0.hasPrefix("https://w3id.org/openbadges/v") }) { return true }
        return json["type"]?.asList.contains(.string("Assertion")) == true && json["recipient"] != nil
    }
}

/// Why an Open Badges 2.0 document could not be read.
public enum OpenBadges2Error: Error, Equatable, Sendable, CustomStringConvertible {
    case notAnAssertion(String)
    case missing(String)
    case invalid(String, String)

    public var description: String {
        switch self {
        case .notAnAssertion(let detail): "not an Open Badges 2.0 assertion: \(detail)"
        case .missing(let member): "the Open Badges 2.0 assertion has no \"\(member)\""
        case .invalid(let member, let value): "the Open Badges 2.0 \"\(member)\" value \"\(value)\" is not valid"
        }
    }
}
