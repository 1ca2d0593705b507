/// Multibase decoding for the two bases Verifiable Credentials use: `z` (base58btc) and `u` (base64url).
public enum Multibase {
    /// The decoded bytes of a multibase string, or nil for an unsupported prefix or bad characters.
    public static func decode(_ text: String) -> [UInt8]? {
        guard let prefix = text.utf8.first else { return nil }
        let body = String(text.utf8.dropFirst()) ?? ""
        switch prefix {
        case UInt8(ascii: "z"): return Base58.decode(body)
        case UInt8(ascii: "u"): return Base64URL.decode(body)
        default: return nil
        }
    }

    /// `z` + base58btc, the form of `proofValue` and `publicKeyMultibase`.
    public static func encodeBase58(_ bytes: [UInt8]) -> String { "z" + Base58.encode(bytes) }
}
