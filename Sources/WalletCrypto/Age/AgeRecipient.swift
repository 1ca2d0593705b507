/// Something a file can be encrypted to: it wraps the 16-byte file key into header stanzas.
public protocol AgeRecipient: Sendable {
    /// Wraps `fileKey` into one or more stanzas.
    func wrap(fileKey: [UInt8]) throws(AgeError) -> [AgeStanza]
}

/// Something that can open a file: it recovers the file key from the stanza meant for it.
public protocol AgeIdentity: Sendable {
    /// The file key, or nil when no stanza is addressed to this identity.
    /// Throws when a stanza of this identity's type is malformed (a header failure, not a miss).
    func unwrap(_ stanzas: [AgeStanza]) throws(AgeError) -> [UInt8]?
}
