import Crypto
import Foundation

/// Random bytes from the system CSPRNG (via swift-crypto), for salts, nonces and ids.
public enum SecureRandom {
    /// `count` random bytes.
    public static func bytes(_ count: Int) -> [UInt8] {
        // SymmetricKey draws from the same CSPRNG BoringSSL uses for keys.
        var out: [UInt8] = []
        out.reserveCapacity(count)
        while out.count < count {
            SymmetricKey(size: .bits256).withUnsafeBytes { out.append(contentsOf: $0.prefix(count - out.count)) }
        }
        return out
    }
}
