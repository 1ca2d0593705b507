import Foundation
import WalletJSON
import WalletModel

/// The result of `verify-bundle`: bundle-level checks and a verdict per credential.
public struct BundleVerification: Sendable {
    /// One credential of the bundle and its verdict.
    public struct CredentialResult: Equatable, Sendable {
        /// The cairn id from the manifest, or the credential's own `id` (bare presentations).
        public var id: String
        public var title: String?
        public var format: CredentialFormat?
        public var verification: VerificationReport
    }

    /// The holder DID the presentation names.
    public var holder: String?
    public var container: OpenedBundle.Container
    public var wasEncrypted: Bool
    public var checks: [BundleCheck]
    public var credentials: [CredentialResult]

    /// True when every bundle check passed (skipped ones aside: nothing was asked) and no
    /// credential failed. A holder proof that could not be checked makes the bundle not valid.
    public var valid: Bool {
        checks.allSatisfy { $0.result == .pass || $0.result == .skipped }
            && !credentials.contains { $0.verification.status == .failed }
    }

    /// The failure codes of all failed bundle checks.
    public var failureCodes: [FailureCode] { checks.filter { $0.result == .fail }.compactMap(\.code) }

    /// The stable `--json` form: `valid`, `holder`, `checks`, `credentials` [{`id`, `title`, `verification`}].
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [("valid", .bool(valid))]
        members.append(("holder", holder.map(JSONValue.string) ?? .null))
        members.append(("container", .string(container.rawValue)))
        members.append(("encrypted", .bool(wasEncrypted)))
        members.append(("checks", .array(checks.map(\.json))))
        members.append(("credentials", .array(credentials.map(Self.json))))
        return .object(JSONObject(members))
    }

    private static func json(_ result: CredentialResult) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(result.id))]
        members.append(("title", result.title.map(JSONValue.string) ?? .null))
        if let format = result.format { members.append(("format", .string(format.rawValue))) }
        let report = result.verification
        let checks: [JSONValue] = report.checks.map { check in
            var fields: [(String, JSONValue)] = [
                ("check", .string(check.check.rawValue)), ("result", .string(check.result.rawValue)),
            ]
            if let code = check.code { fields.append(("code", .string(code.rawValue))) }
            fields.append(("message", .string(check.message)))
            return .object(JSONObject(fields))
        }
        members.append((
            "verification",
            .object(JSONObject([
                ("status", .string(report.status.rawValue)),
                ("checkedAt", .string(BundleDate.format(report.checkedAt))),
                ("checks", .array(checks)),
            ]))
        ))
        return .object(JSONObject(members))
    }
}
