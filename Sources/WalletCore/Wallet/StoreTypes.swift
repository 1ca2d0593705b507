import WalletStore

/// A credential's list summary (overview plus verification checks); defined in WalletStore.
public typealias CredentialSummary = WalletStore.CredentialSummary
/// A record that failed authentication; defined in WalletStore.
public typealias DamagedRecord = WalletStore.DamagedRecord
