/// Multibase decoding for the two bases Verifiable Credentials use: `z` (base58btc) and `u` (base64url).
public enum Multibase {
    /// The decoded bytes of a multibase string, or nil for an unsupported prefix or bad characters.
    public static func decode(_ text: String) -> [UInt8]? {
        guard let prefix = text.first else { return nil }
        let body = String(text.dropFirst())
        switch prefix {
        case "z": return Base58.decode(body)
        case "u": return Base64URL.decode(body)
        default: return nil
        }
    }

    /// `z` + base58btc, the form of `proofValue` and `publicKeyMultibase`.
    public static func encodeBase58(_ bytes: [UInt8]) -> String { "z" + Base58.encode(bytes) }
}
