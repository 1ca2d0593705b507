import WalletVerify

/// `did:key` identifiers for Ed25519 holder keys: `did:key:z` + base58btc(0xed 0x01 ‖ public key).
///
/// A did:key resolves offline (the key is the identifier), so a verifier needs no network to
/// check the holder's signature — the property cairn's offline verification depends on.
public enum DIDKey {
    static let ed25519Prefix: [UInt8] = [0xED, 0x01]

    /// The multibase form of an Ed25519 public key, `z6Mk…`.
    public static func multibase(ed25519PublicKey key: [UInt8]) -> String {
        "z" + Base58.encode(ed25519Prefix + key)
    }

    /// The `did:key:z6Mk…` for a 32-byte Ed25519 public key.
    public static func did(ed25519PublicKey key: [UInt8]) -> String {
        "did:key:" + multibase(ed25519PublicKey: key)
    }

    /// The verification method id a holder proof names: `did:key:z6Mk…#z6Mk…`.
    public static func verificationMethod(ed25519PublicKey key: [UInt8]) -> String {
        did(ed25519PublicKey: key) + "#" + multibase(ed25519PublicKey: key)
    }

    /// The DID part of a verification method id (`did:key:…#…` → `did:key:…`).
    public static func controller(of verificationMethod: String) -> String {
        verificationMethod.split(separator: "#", maxSplits: 1).first.map(String.init) ?? verificationMethod
    }
}
