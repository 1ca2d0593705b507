import Foundation
import WalletJSON
import WalletModel
import WalletStore

/// The stable JSON documents of `list --json`, `show --json` and `import --json`.
///
/// Built as ordered `JSONValue`s so member order never changes between runs or machines; dates
/// are ISO 8601 UTC; absent values are `null`. README "JSON formats" documents every member.
public enum CredentialJSON {
    /// `list --json`: one object per credential, in list order.
    public static func list(_ summaries: [CredentialSummary]) -> String {
        String(decoding: listBytes(summaries), as: UTF8.self)
    }

    /// The same document through `JSONValue`/`JSONWriter` (the reference the fast writer is tested against).
    public static func listViaTree(_ summaries: [CredentialSummary]) -> String {
        JSONWriter(indent: 2).string(.array(summaries.map(listEntry))) + "\n"
    }

    /// `show --json`: the list fields plus the full record, the original and provenance.
    public static func show(_ credential: Credential) -> String {
        JSONWriter(indent: 2).string(.object(document(credential))) + "\n"
    }

    /// `import --json`: one object per input file.
    public static func imports(_ outcomes: [ImportOutcome]) -> String {
        JSONWriter(indent: 2).string(.array(outcomes.map(importEntry))) + "\n"
    }

    static func listEntry(_ summary: CredentialSummary) -> JSONValue {
        let overview = summary.overview
        let issuer = overview.awardingBody ?? summary.issuer
        return .object(JSONObject([
            ("id", .string(overview.id.rawValue)),
            ("title", string(overview.title)),
            ("issuer", .object(JSONObject([
                ("name", string(issuer?.name)), ("id", string(issuer?.id)), ("country", string(issuer?.country)),
            ]))),
            ("issued", date(overview.issued)),
            ("validUntil", date(overview.validUntil)),
            ("workload", overview.workload.first.map(workload) ?? .null),
            ("workloads", .array(overview.workload.map(workload))),
            ("ects", number(overview.ects)),
            ("eqf", number(overview.eqfLevel.map(Double.init))),
            ("format", .string(overview.format.rawValue)),
            ("verification", verification(summary.verification)),
        ]))
    }

    static func document(_ credential: Credential) -> JSONObject {
        guard case .object(var object) = listEntry(CredentialSummary(credential)) else { return JSONObject() }
        object["record"] = record(credential.record)
        object["sourceFileName"] = string(credential.sourceFileName)
        object["importedAt"] = date(credential.importedAt)
        if let text = String(data: credential.original, encoding: .utf8) {
            object["originalEncoding"] = .string("utf8")
            object["original"] = .string(text)
        } else {
            object["originalEncoding"] = .string("base64")
            object["original"] = .string(credential.original.base64EncodedString())
        }
        return object
    }

    static func importEntry(_ outcome: ImportOutcome) -> JSONValue {
        .object(JSONObject([
            ("file", .string(outcome.file)),
            ("status", .string(outcome.status.rawValue)),
            ("id", string(outcome.id?.rawValue)),
            ("format", string(outcome.format?.rawValue)),
            ("verification", outcome.verification.map(verification) ?? .null),
            ("error", string(outcome.error)),
        ]))
    }

    static func verification(_ report: VerificationReport) -> JSONValue {
        .object(JSONObject([
            ("status", .string(report.status.rawValue)),
            ("checkedAt", date(report.checkedAt)),
            ("checks", .array(report.checks.map { check in
                .object(JSONObject([
                    ("check", .string(check.check.rawValue)), ("result", .string(check.result.rawValue)),
                    ("code", string(check.code?.rawValue)), ("message", .string(check.message)),
                ]))
            })),
        ]))
    }

    /// The normalised record through `Codable` (sorted keys, ISO dates), re-read as a `JSONValue`.
    static func record(_ record: CredentialRecord) -> JSONValue {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ISODate.string(from: date))
        }
        guard let data = try? encoder.encode(record), let value = try? JSONParser().parse(Array(data)) else { return .null }
        return value
    }

    private static func workload(_ workload: Workload) -> JSONValue {
        .object(JSONObject([("value", .number(JSONNumber(workload.value))), ("unit", .string(workload.unit.description))]))
    }

    private static func string(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
    private static func number(_ value: Double?) -> JSONValue { value.map { .number(JSONNumber($0)) } ?? .null }
    private static func date(_ value: Date?) -> JSONValue { value.map { .string(ISODate.string(from: $0)) } ?? .null }
}
