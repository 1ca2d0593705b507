import Foundation

/// A credential's stable identifier inside one wallet: 32 lowercase hex digits (128 random bits).
///
/// Why random rather than a content hash: a content hash stored in plaintext would let anyone
/// holding a copy of a credential confirm that a stolen wallet contains it. Duplicate detection
/// uses a keyed fingerprint instead (see `WalletStore`).
public struct CredentialID: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The full identifier, 32 lowercase hex digits.
    public let rawValue: String

    /// Creates an identifier from its full hex form; returns nil unless it is 32 lowercase hex digits.
    public init?(rawValue: String) {
        // Byte check (same rule as Character.isHexDigit && !isUppercase, which is ASCII-only):
        // Unicode property lookups made this the hottest line of listing 10,000 credentials.
        let utf8 = rawValue.utf8
        guard utf8.count == 32, utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else {
            return nil
        }
        self.rawValue = rawValue
    }

    /// Creates an identifier from 16 bytes (for example from a random generator).
    public init(bytes: [UInt8]) {
        precondition(bytes.count == 16, "a credential id is 16 bytes")
        self.rawValue = bytes.map { String(format: "%02x", $0) }.joined()
    }

    /// The short form printed in lists (8 hex digits); any unique prefix is accepted as input.
    public var short: String { String(rawValue.prefix(8)) }

    public var description: String { rawValue }

    public static func < (lhs: CredentialID, rhs: CredentialID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = CredentialID(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not a credential id: \(text)")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
