import Crypto
import Foundation

/// The hash RDFC-1.0 uses for blank-node hashing (and that the rdfc cryptosuites use for the final
/// hashes): SHA-256 by default, SHA-384 for P-384 keys (`ecdsa-rdfc-2019`).
public enum RDFCHashAlgorithm: String, Sendable, CaseIterable {
    case sha256 = "SHA256"
    case sha384 = "SHA384"

    /// The raw digest of `bytes`.
    public func digest<Bytes: DataProtocol>(_ bytes: Bytes) -> [UInt8] {
        switch self {
        case .sha256: Array(SHA256.hash(data: bytes))
        case .sha384: Array(SHA384.hash(data: bytes))
        }
    }

    /// The lowercase hex digest of the UTF-8 bytes of `text` (RDFC-1.0 `hash(s)`).
    public func hexDigest(_ text: String) -> String {
        var text = text
        return text.withUTF8 { Self.hex(digest(UnsafeRawBufferPointer($0))) }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Lowercase hex of `bytes`.
    public static func hex(_ bytes: [UInt8]) -> String {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
