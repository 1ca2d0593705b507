import Foundation
import WalletCore

/// The wallet the unlock screen opened, shared by the live client's closures.
///
/// A lock rather than an actor: the TUI runtime calls the client synchronously between frames.
final class WalletSlot: @unchecked Sendable {
    private let lock = NSLock()
    private var wallet: Wallet?

    init(_ wallet: Wallet? = nil) {
        self.wallet = wallet
    }

    /// Stores the opened wallet.
    func set(_ wallet: Wallet) {
        lock.withLock { self.wallet = wallet }
    }

    /// The opened wallet, or an error telling the UI it is still locked.
    func get() throws -> Wallet {
        guard let wallet = lock.withLock({ self.wallet }) else { throw WalletLockedError() }
        return wallet
    }
}

/// Raised when a screen asks for data before the wallet is unlocked.
struct WalletLockedError: Error, CustomStringConvertible {
    var description: String { "the wallet is locked" }
}
