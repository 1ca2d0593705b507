/// One check within a verification report, in plain language.
public struct VerificationCheck: Codable, Equatable, Sendable {
    /// What was checked.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case format, proof, issuer, validity, status, trust
    }

    /// How the check came out. `unknown` is not `pass`: it means cairn could not tell offline.
    public enum Result: String, Codable, Sendable {
        case pass, fail, unknown, skipped
    }

    public var check: Kind
    public var result: Result
    /// A stable machine-readable code for failures and unknowns (nil on a plain pass).
    public var code: FailureCode?
    /// A sentence for the learner, e.g. "Signed by did:key:z6Mk… with eddsa-rdfc-2022; signature valid."
    public var message: String

    public init(check: Kind, result: Result, code: FailureCode? = nil, message: String) {
        self.check = check
        self.result = result
        self.code = code
        self.message = message
    }
}
