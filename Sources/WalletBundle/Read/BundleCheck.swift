import WalletJSON
import WalletModel

/// One bundle-level check of `verify-bundle` (the credential checks are reported per credential).
public struct BundleCheck: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case holderProof = "holder-proof"
        case challenge, domain, expiry, manifest
    }

    public var check: Kind
    /// `pass`, `fail`, `unknown` (could not be checked) or `skipped` (nothing to compare).
    public var result: VerificationCheck.Result
    public var code: FailureCode?
    public var message: String

    public init(check: Kind, result: VerificationCheck.Result, code: FailureCode? = nil, message: String) {
        self.check = check
        self.result = result
        self.code = code
        self.message = message
    }

    var json: JSONValue {
        var members: [(String, JSONValue)] = [("check", .string(check.rawValue)), ("result", .string(result.rawValue))]
        if let code { members.append(("code", .string(code.rawValue))) }
        members.append(("message", .string(message)))
        return .object(JSONObject(members))
    }
}
