import Foundation
import WalletJSON

/// One issuer the user added to the local key cache: a controller document (a DID document for
/// `did:web`, or a controller document / Multikey for https key URLs) and whether the user trusts it.
///
/// Stored as plain JSON (public keys are not secret); the file format is `json` / `init(json:)`.
public struct IssuerCacheEntry: Equatable, Sendable {
    /// The controller's id: `did:web:…` or the https URL of the controller document.
    public var id: String
    /// The controller document holding `verificationMethod` and `assertionMethod`.
    public var document: JSONObject
    /// True when the user marked this issuer as trusted (`cairn issuers add --trusted`).
    public var trusted: Bool
    /// When the user added it and from where (a file path or "--key FILE"), for `issuers list`.
    public var addedAt: Date
    public var source: String

    public init(id: String, document: JSONObject, trusted: Bool, addedAt: Date, source: String) {
        self.id = id
        self.document = document
        self.trusted = trusted
        self.addedAt = addedAt
        self.source = source
    }

    /// The on-disk JSON object: `{"id", "trusted", "addedAt", "source", "document"}`.
    public var json: JSONValue {
        .object(JSONObject([
            ("id", .string(id)), ("trusted", .bool(trusted)),
            ("addedAt", .string(ISO8601DateFormatter().string(from: addedAt))),
            ("source", .string(source)), ("document", .object(document)),
        ]))
    }

    /// Reads the on-disk form; nil when a member is missing.
    public init?(json: JSONValue) {
        guard let id = json["id"]?.stringValue, let document = json["document"]?.objectValue else { return nil }
        self.id = id
        self.document = document
        self.trusted = json["trusted"]?.boolValue ?? false
        self.addedAt = json["addedAt"]?.stringValue.flatMap { ISO8601DateFormatter().date(from: $0) } ?? Date(timeIntervalSince1970: 0)
        self.source = json["source"]?.stringValue ?? ""
    }

    /// The ids of the keys this document offers for `assertionMethod`, for `issuers list`.
    public var assertionKeyIDs: [String] {
        ControllerDocument(document, id: id).methods(for: "assertionMethod").compactMap { $0["id"]?.stringValue }
    }
}
