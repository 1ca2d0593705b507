import WalletModel

/// The outcome of importing one file, as the import screen lists it.
public struct ImportFileResult: Equatable, Sendable {
    public enum Status: String, Equatable, Sendable {
        case imported, duplicate, rejected
    }

    public var file: String
    public var status: Status
    public var id: CredentialID?
    /// A sentence for the learner: the title imported, or why the file was rejected.
    public var message: String

    public init(file: String, status: Status, id: CredentialID? = nil, message: String = "") {
        self.file = file
        self.status = status
        self.id = id
        self.message = message
    }
}
