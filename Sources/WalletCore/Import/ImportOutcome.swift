import Foundation
import WalletModel

/// What happened to one input file: the stable `import --json` object.
///
/// JSON: `{"file", "status": "imported"|"duplicate"|"rejected", "id", "format", "verification",
/// "error"}`; absent values are `null`.
public struct ImportOutcome: Encodable, Equatable, Sendable {
    public enum Status: String, Encodable, Sendable {
        case imported, duplicate, rejected
    }

    /// Why an input was rejected; decides the exit code (2 unreadable, 1 failed verification).
    public enum Problem: Equatable, Sendable {
        case unreadable
        case failedVerification
        case storage
    }

    public var file: String
    public var status: Status
    /// The new id (imported) or the existing one (duplicate).
    public var id: CredentialID?
    public var format: CredentialFormat?
    public var verification: VerificationReport?
    public var error: String?
    /// Not encoded: the kind of failure behind a rejection.
    public var problem: Problem?

    public init(
        file: String, status: Status, id: CredentialID? = nil, format: CredentialFormat? = nil,
        verification: VerificationReport? = nil, error: String? = nil, problem: Problem? = nil
    ) {
        self.file = file
        self.status = status
        self.id = id
        self.format = format
        self.verification = verification
        self.error = error
        self.problem = problem
    }

    private enum CodingKeys: String, CodingKey {
        case file, status, id, format, verification, error
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(status, forKey: .status)
        try container.encode(id, forKey: .id)
        try container.encode(format, forKey: .format)
        try container.encode(verification, forKey: .verification)
        try container.encode(error, forKey: .error)
    }

    /// The exit code for a whole import: 2 if any input was unreadable, else 1 if any was rejected.
    public static func exitCode(for outcomes: [ImportOutcome]) -> Int32 {
        if outcomes.contains(where: { $0.problem == .unreadable }) { return 2 }
        return outcomes.contains { $0.status == .rejected } ? 1 : 0
    }
}
