import Foundation
import WalletJSON

/// A JWS in compact serialisation (`header.payload.signature`, RFC 7515 §7.1), parsed but not verified.
public struct CompactJWS: Sendable {
    /// The decoded protected header.
    public let header: JSONObject
    /// The decoded payload bytes.
    public let payload: Data
    /// The decoded signature bytes.
    public let signature: Data
    /// The bytes the signature covers: ASCII(header segment) "." ASCII(payload segment).
    public let signingInput: Data
    /// The token text exactly as received (what the wallet stores).
    public let text: String

    /// Parses a compact JWS; strict base64url, a JSON-object header, three segments.
    public init(_ token: Data) throws(JOSEError) {
        guard let text = String(data: token, encoding: .utf8) else {
            throw JOSEError(.malformed, "the token is not UTF-8 text")
        }
        try self.init(text)
    }

    /// Parses a compact JWS from text (surrounding whitespace is not allowed inside, only trimmed).
    public init(_ token: String) throws(JOSEError) {
        let trimmed = token.trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else {
            throw JOSEError(.malformed, "a compact JWS has 3 dot-separated parts; this has \(parts.count)")
        }
        guard let headerBytes = JOSEBase64URL.decode(parts[0]) else {
            throw JOSEError(.malformed, "the JWS header is not valid base64url")
        }
        guard let payload = JOSEBase64URL.decode(parts[1]) else {
            throw JOSEError(.malformed, "the JWS payload is not valid base64url")
        }
        guard let signature = JOSEBase64URL.decode(parts[2]), !signature.isEmpty else {
            throw JOSEError(.malformed, "the JWS signature is missing or not valid base64url")
        }
        self.header = try Self.object(headerBytes, what: "JWS header")
        self.payload = payload
        self.signature = signature
        self.signingInput = Data("\(parts[0]).\(parts[1])".utf8)
        self.text = trimmed
    }

    /// The `alg` header, validated.
    public var algorithm: JWSAlgorithm {
        get throws(JOSEError) { try JWSAlgorithm(header: header["alg"]?.stringValue) }
    }

    /// The payload parsed as a JSON object (JWT claims, an OB 2.0 assertion).
    public func payloadObject() throws(JOSEError) -> JSONObject {
        try Self.object(payload, what: "JWS payload")
    }

    /// Whether `text` looks like a compact JWS (three base64url segments), to detect the format.
    public static func looksLikeCompact(_ bytes: Data) -> Bool {
        guard bytes.count > 10, bytes.count < 10 * 1024 * 1024 else { return false }
        var dots = 0
        for byte in bytes {
            if byte == UInt8(ascii: ".") { dots += 1; continue }
            let isB64 = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
            let isSpace = byte == 0x0A || byte == 0x0D || byte == 0x20 || byte == 0x09
            if !isB64 && !isSpace { return false }
        }
        return dots == 2
    }

    static func object(_ bytes: Data, what: String) throws(JOSEError) -> JSONObject {
        let value: JSONValue
        do { value = try JSONParser().parse(bytes) } catch {
            throw JOSEError(.malformed, "the \(what) is not valid JSON: \(error)")
        }
        guard let object = value.objectValue else {
            throw JOSEError(.malformed, "the \(what) is not a JSON object")
        }
        return object
    }
}
