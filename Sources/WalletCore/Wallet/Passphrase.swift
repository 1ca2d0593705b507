import WalletCrypto

/// A wallet passphrase with a redacting `description` (defined in WalletCrypto, re-exported here
/// so callers of `Wallet` need only `import WalletCore`).
public typealias Passphrase = WalletCrypto.Passphrase
