import Crypto
import Foundation

/// The learner's Ed25519 holder key, which signs exported presentations.
///
/// The wallet stores the 32-byte seed encrypted (see `WalletStore`); this type only exists in
/// memory while exporting. `description` never prints the seed.
public struct HolderKey: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    private let key: Curve25519.Signing.PrivateKey

    /// Makes a fresh random key (at `cairn init`).
    public init() {
        key = Curve25519.Signing.PrivateKey()
    }

    /// Restores a key from its 32-byte seed.
    public init(seed: Data) throws(BundleError) {
        guard seed.count == 32, let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed) else {
            throw .signingFailed("a holder key seed is 32 bytes, got \(seed.count)")
        }
        self.key = key
    }

    /// The private key, for the `eddsa-jcs-2022` signer in this module only.
    var signingKey: Curve25519.Signing.PrivateKey { key }

    /// The 32-byte seed, for encrypted storage only.
    public var seed: Data { key.rawRepresentation }

    /// The raw 32-byte public key.
    public var publicKey: [UInt8] { Array(key.publicKey.rawRepresentation) }

    /// The holder's `did:key:z6Mk…`.
    public var did: String { DIDKey.did(ed25519PublicKey: publicKey) }

    /// The verification method id for proofs: `did:key:z6Mk…#z6Mk…`.
    public var verificationMethod: String { DIDKey.verificationMethod(ed25519PublicKey: publicKey) }

    /// An Ed25519 signature (64 bytes) over `message`.
    public func sign(_ message: Data) throws(BundleError) -> Data {
        do {
            return try key.signature(for: message)
        } catch {
            throw .signingFailed("Ed25519 signing failed: \(error)")
        }
    }

    public var description: String { "HolderKey(\(did), seed redacted)" }
    public var debugDescription: String { description }
}
