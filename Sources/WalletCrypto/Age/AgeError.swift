/// Why an age file could not be written or opened.
///
/// The cases follow the failure kinds of the C2SP age test vectors (header failure, HMAC failure,
/// no match, payload failure), so a caller can tell "wrong key" from "damaged file".
public enum AgeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes do not start with the age v1 version line (nor an ASCII-armored age file).
    case notAgeFile
    /// The header breaks the age v1 grammar (bad stanza, bad base64, missing MAC line...).
    case malformedHeader(String)
    /// The header MAC does not match: the header was changed after it was written.
    case headerMACInvalid
    /// None of the given identities (keys or passphrase) opens any recipient stanza.
    case noMatchingIdentity
    /// A passphrase file asks for more scrypt work than the reader allows.
    case workFactorTooHigh(logN: Int, limit: Int)
    /// The encrypted payload is truncated, reordered or tampered with.
    case payloadCorrupted(String)
    /// A recipient string (`age1…`) is not valid.
    case invalidRecipient(String)
    /// An identity string (`AGE-SECRET-KEY-1…`) or identity file is not valid.
    case invalidIdentity(String)
    /// The ASCII armor is not well formed.
    case invalidArmor(String)
    /// A passphrase (scrypt) stanza was mixed with other recipients, which age forbids.
    case scryptMustBeAlone
    /// No recipients were given to encrypt to.
    case noRecipients
    /// A primitive failed unexpectedly (random source, key agreement, KDF).
    case crypto(String)

    public var description: String {
        switch self {
        case .notAgeFile: "not an age file (no \"age-encryption.org/v1\" header)"
        case .malformedHeader(let detail): "malformed age header: \(detail)"
        case .headerMACInvalid: "the age header MAC is invalid: the file header was modified"
        case .noMatchingIdentity: "no identity matched: wrong key or passphrase for this age file"
        case .workFactorTooHigh(let logN, let limit):
            "the passphrase file asks for scrypt work factor 2^\(logN); the limit is 2^\(limit)"
        case .payloadCorrupted(let detail): "the age payload is damaged: \(detail)"
        case .invalidRecipient(let detail): "invalid age recipient: \(detail)"
        case .invalidIdentity(let detail): "invalid age identity: \(detail)"
        case .invalidArmor(let detail): "invalid age armor: \(detail)"
        case .scryptMustBeAlone: "a passphrase-encrypted age file must have exactly one recipient"
        case .noRecipients: "no recipients to encrypt to"
        case .crypto(let detail): "cryptographic failure: \(detail)"
        }
    }
}
