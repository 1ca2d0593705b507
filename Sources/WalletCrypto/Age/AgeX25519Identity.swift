import Crypto
import Foundation

/// An age X25519 identity (private key), written `AGE-SECRET-KEY-1…`.
///
/// `description` never prints the key (a secret must not end up in logs).
public struct AgeX25519Identity: AgeIdentity, CustomStringConvertible, CustomDebugStringConvertible {
    private let privateKey: Curve25519.KeyAgreement.PrivateKey

    /// Makes a new random identity.
    public init() {
        privateKey = Curve25519.KeyAgreement.PrivateKey()
    }

    /// Parses an `AGE-SECRET-KEY-1…` string.
    public init(string: String) throws(AgeError) {
        let text = string.trimmingCharacters(in: .whitespaces)
        guard let (hrp, data) = Bech32.decode(text), text.uppercased() == text else {
            throw .invalidIdentity("not a valid AGE-SECRET-KEY-1… string")
        }
        guard hrp == "age-secret-key-", data.count == 32,
            let key = try? Curve25519.KeyAgreement.PrivateKey(rawRepresentation: data)
        else { throw .invalidIdentity("not an age X25519 secret key") }
        privateKey = key
    }

    /// Reads an identity file as written by `age-keygen`: `#` comments, blank lines, one key per line.
    public static func parseFile(_ text: String) throws(AgeError) -> [AgeX25519Identity] {
        var identities: [AgeX25519Identity] = []
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            identities.append(try AgeX25519Identity(string: line))
        }
        guard !identities.isEmpty else { throw .invalidIdentity("the identity file holds no AGE-SECRET-KEY-1… line") }
        return identities
    }

    /// The `AGE-SECRET-KEY-1…` form (secret: write it only to a protected file).
    public var secretString: String {
        Bech32.encode(hrp: "age-secret-key-", data: Array(privateKey.rawRepresentation)).uppercased()
    }

    /// The matching `age1…` recipient.
    public var recipient: AgeX25519Recipient {
        AgeX25519Recipient(curveKey: privateKey.publicKey)
    }

    public var description: String { "AgeX25519Identity(\(recipient.string), secret redacted)" }
    public var debugDescription: String { description }

    public func unwrap(_ stanzas: [AgeStanza]) throws(AgeError) -> [UInt8]? {
        let ourKey = Array(privateKey.publicKey.rawRepresentation)
        for stanza in stanzas where stanza.type == "X25519" {
            guard stanza.arguments.count == 1, let share = AgeBase64.decode(Substring(stanza.arguments[0])),
                share.count == 32, stanza.body.count == 32
            else { throw .malformedHeader("malformed X25519 stanza") }
            guard let theirs = try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: share),
                let secret = try? privateKey.sharedSecretFromKeyAgreement(with: theirs)
            else { throw .malformedHeader("X25519 share is not a valid point") }
            let shared = secret.withUnsafeBytes { Array($0) }
            guard shared.contains(where: { $0 != 0 }) else { throw .malformedHeader("X25519 share is a low-order point") }
            let key = AgePrimitives.hkdf(shared, salt: share + ourKey, info: AgeX25519Recipient.label)
            if let fileKey = AgePrimitives.unwrap(stanza.body, with: key) { return fileKey }
        }
        return nil
    }
}
