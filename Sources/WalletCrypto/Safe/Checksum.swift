import Crypto
import Foundation

/// An unkeyed SHA-256 checksum, used to tell a damaged header from a wrong passphrase before the slow KDF.
public enum Checksum {
    /// SHA-256 of `bytes`.
    public static func sha256(_ bytes: some DataProtocol) -> [UInt8] {
        Array(SHA256.hash(data: bytes))
    }
}
