/// A warning attached to a credential in one pathway (it may still count).
public struct CredentialNote: Codable, Equatable, Sendable {
    public var credential: String
    public var code: NoteCode
    public var text: String

    public init(credential: String, code: NoteCode, text: String) {
        self.credential = credential
        self.code = code
        self.text = text
    }
}
