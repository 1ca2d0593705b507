import Foundation

/// (a) The learner the credential was awarded to.
public struct Learner: Codable, Equatable, Sendable {
    /// The full name as stated.
    public var name: String?
    /// A DID or URI identifying the learner (OB 3.0 `credentialSubject.id`).
    public var id: String?
    /// Other identifiers: e-mail, student number, national ID — possibly hashed by the issuer.
    public var identifiers: [Identifier]
    public var dateOfBirth: String?

    public init(name: String? = nil, id: String? = nil, identifiers: [Identifier] = [], dateOfBirth: String? = nil) {
        self.name = name
        self.id = id
        self.identifiers = identifiers
        self.dateOfBirth = dateOfBirth
    }

    /// True when nothing identifies the learner.
    public var isEmpty: Bool { name == nil && id == nil && identifiers.isEmpty && dateOfBirth == nil }
}

/// An identifier in a named scheme (e.g. `emailAddress`, `nationalIdentityNumber`, `eIDAS`).
public struct Identifier: Codable, Equatable, Sendable {
    public var scheme: String?
    public var value: String
    /// True when the issuer stored only a salted hash of the value.
    public var hashed: Bool

    public init(scheme: String? = nil, value: String, hashed: Bool = false) {
        self.scheme = scheme
        self.value = value
        self.hashed = hashed
    }
}
