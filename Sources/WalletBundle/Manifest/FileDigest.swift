import Crypto
import Foundation

/// SHA-256 digests in the two spellings a bundle uses: lowercase hex (manifest) and SRI
/// (`sha256-<base64>`, the VC 2.0 `digestSRI` in the presentation).
enum FileDigest {
    static func sha256Hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    static func sha256SRI(_ data: Data) -> String {
        "sha256-" + Data(SHA256.hash(data: data)).base64EncodedString()
    }
}
