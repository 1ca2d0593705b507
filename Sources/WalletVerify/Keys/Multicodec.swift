/// The multicodec key prefixes (unsigned varints) that `did:key` and Multikey put before raw key bytes.
public enum Multicodec: Sendable, Equatable {
    case ed25519Public
    case p256Public
    case p384Public

    /// The varint prefix bytes.
    public var prefix: [UInt8] {
        switch self {
        case .ed25519Public: [0xED, 0x01]
        case .p256Public: [0x80, 0x24]
        case .p384Public: [0x81, 0x24]
        }
    }

    /// The raw key length after the prefix (compressed points for the NIST curves).
    public var keyLength: Int {
        switch self {
        case .ed25519Public: 32
        case .p256Public: 33
        case .p384Public: 49
        }
    }

    /// Splits prefixed bytes into codec and raw key; nil for an unknown codec or wrong length.
    public static func split(_ bytes: [UInt8]) -> (codec: Multicodec, key: [UInt8])? {
        for codec in [Multicodec.ed25519Public, .p256Public, .p384Public] where bytes.starts(with: codec.prefix) {
            let key = Array(bytes.dropFirst(2))
            return key.count == codec.keyLength ? (codec, key) : nil
        }
        return nil
    }
}
