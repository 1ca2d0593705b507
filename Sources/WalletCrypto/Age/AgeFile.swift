import Crypto
import Foundation

/// Writes and reads age v1 files (C2SP age spec), interoperable with the stock `age` tool.
///
/// Layering as in age: a random 16-byte file key is wrapped once per recipient into header
/// stanzas; the header is authenticated with HMAC-SHA-256 under HKDF(file key, "header"); the
/// payload is encrypted with a key from HKDF(file key, salt: 16-byte nonce, "payload").
/// Whole files are processed in memory: bundles are small, and callers cap the input size.
public enum AgeFile {
    /// Encrypts `plaintext` to `recipients`; with `armor` the result is ASCII-armored (PEM-like).
    public static func encrypt(
        _ plaintext: Data, to recipients: [any AgeRecipient], armor: Bool = false
    ) throws(AgeError) -> Data {
        guard !recipients.isEmpty else { throw .noRecipients }
        let fileKey = AgePrimitives.randomBytes(AgePrimitives.fileKeySize)
        var stanzas: [AgeStanza] = []
        for recipient in recipients { stanzas += try recipient.wrap(fileKey: fileKey) }
        if stanzas.contains(where: { $0.type == "scrypt" }), stanzas.count != 1 { throw .scryptMustBeAlone }
        let macInput = AgeHeader.macInput(for: stanzas)
        let mac = AgePrimitives.headerMAC(fileKey: fileKey, header: macInput)
        let nonce = AgePrimitives.randomBytes(16)
        let payloadKey = AgePrimitives.hkdf(fileKey, salt: nonce, info: "payload")
        var out = macInput + Array((" " + AgeBase64.encode(mac) + "\n").utf8) + nonce
        out += try AgePayloadStream.seal([UInt8](plaintext), key: payloadKey)
        return armor ? Data(AgeArmor.armor(out).utf8) : Data(out)
    }

    /// Decrypts an age file (binary or armored) with the first identity that opens it.
    public static func decrypt(_ file: Data, identities: [any AgeIdentity]) throws(AgeError) -> Data {
        let bytes = try AgeArmor.isArmored(file) ? AgeArmor.dearmor(file) : [UInt8](file)
        let header = try AgeHeader.parse(bytes)
        if header.stanzas.contains(where: { $0.type == "scrypt" }), header.stanzas.count != 1 {
            throw .scryptMustBeAlone
        }
        var unwrapped: [UInt8]?
        for identity in identities where unwrapped == nil {
            unwrapped = try identity.unwrap(header.stanzas)
        }
        guard let fileKey = unwrapped else { throw .noMatchingIdentity }
        let expected = AgePrimitives.headerMAC(fileKey: fileKey, header: header.macInput)
        guard constantTimeEqual(expected, header.mac) else { throw .headerMACInvalid }
        let payload = bytes[header.payloadOffset...]
        guard payload.count >= 16 else { throw .payloadCorrupted("the payload nonce is truncated") }
        let payloadKey = AgePrimitives.hkdf(fileKey, salt: Array(payload.prefix(16)), info: "payload")
        return Data(try AgePayloadStream.open(payload.dropFirst(16), key: payloadKey))
    }

    /// True when `data` starts like an age file (binary header or armor), without decrypting it.
    public static func looksLikeAge(_ data: Data) -> Bool {
        data.starts(with: Array((AgeHeader.versionLine + "\n").utf8)) || AgeArmor.isArmored(data)
    }

    /// The recipient stanza types in a file's header (e.g. `["X25519"]` or `["scrypt"]`), so a
    /// reader can ask for a key file or a passphrase before trying to decrypt.
    public static func stanzaTypes(_ file: Data) throws(AgeError) -> [String] {
        let bytes = try AgeArmor.isArmored(file) ? AgeArmor.dearmor(file) : [UInt8](file)
        return try AgeHeader.parse(bytes).stanzas.map(\.type)
    }

    private static func constantTimeEqual(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return zip(lhs, rhs).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
