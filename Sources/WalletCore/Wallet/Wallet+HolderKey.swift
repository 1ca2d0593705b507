import Foundation
import WalletBundle

extension Wallet {
    /// The learner's holder key (signs exported bundles). Made on first use and stored sealed in
    /// the wallet, so wallets created before holder keys (or by `demo`) get one lazily.
    public func holderKey() throws -> HolderKey {
        if let seed = try WalletError.wrap({ try database.holderSeed() }) {
            do { return try HolderKey(seed: seed) } catch { throw WalletError.storage("the stored holder key is damaged: \(error)") }
        }
        let key = HolderKey()
        try WalletError.wrap { try database.storeHolderSeed(key.seed) }
        return key
    }

    /// The holder's `did:key` (public; never the secret).
    public func holderDID() throws -> String {
        try holderKey().did
    }
}
