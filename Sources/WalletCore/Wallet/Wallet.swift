import Foundation
import WalletCrypto
import WalletModel
import WalletStore

/// An unlocked wallet: the use cases the CLI and the TUI call. Nothing here prints or prompts.
///
/// Opening takes an exclusive lock on the wallet until the `Wallet` is released, so a second
/// process gets `WalletError.walletInUse` (exit 4) instead of a half-consistent view.
public final class Wallet: @unchecked Sendable {
    let database: WalletDatabase

    /// The wallet file.
    public var url: URL { database.url }
    /// The scrypt cost (log2 N) of the wallet's key envelope.
    public var kdfLogN: Int { database.kdfLogN }

    init(database: WalletDatabase) {
        self.database = database
    }

    /// The default scrypt cost for new wallets (about 0.5–1 s here).
    public static let defaultKDFLogN = ScryptParameters.defaultLogN
    /// The lowest cost accepted (for tests); below `recommendedMinimumKDFLogN` the CLI warns.
    public static let minimumKDFLogN = ScryptParameters.minimumLogN
    /// Costs below this are weak against passphrase guessing.
    public static let recommendedMinimumKDFLogN = 15
    /// The highest cost accepted.
    public static let maximumKDFLogN = ScryptParameters.maximumLogN

    /// Creates a new, empty wallet at `url`; fails if a file is already there.
    public static func create(at url: URL, passphrase: Passphrase, kdfLogN: Int = defaultKDFLogN) throws -> Wallet {
        guard !passphrase.isEmpty else { throw WalletError.noPassphrase("the passphrase is empty") }
        guard (minimumKDFLogN...maximumKDFLogN).contains(kdfLogN) else {
            throw WalletError.storage("--kdf-log-n must be between \(minimumKDFLogN) and \(maximumKDFLogN)")
        }
        let wallet = Wallet(database: try WalletError.wrap { try WalletDatabase.create(at: url, passphrase: passphrase, kdfLogN: kdfLogN) })
        _ = try wallet.holderKey()  // the holder identity is made at init (issue 7)
        return wallet
    }

    /// Opens and unlocks the wallet at `url`. Nothing is written when the passphrase is wrong.
    public static func open(at url: URL, passphrase: Passphrase) throws -> Wallet {
        Wallet(database: try WalletError.wrap { try WalletDatabase.open(at: url, passphrase: passphrase) })
    }

    // MARK: - Reading

    /// Readable summaries (newest first) and damaged records.
    public func listing() throws -> WalletListing {
        var scan = try WalletError.wrap { try database.scanOverviews() }
        scan.summaries.sortForListing()
        return WalletListing(summaries: scan.summaries, damaged: scan.damaged)
    }

    /// The overviews of every readable credential, newest first (damaged records are left out;
    /// `listing()` reports them).
    public func overviews() throws -> [CredentialOverview] {
        try listing().overviews
    }

    /// One credential in full, including its original bytes.
    public func credential(_ id: CredentialID) throws -> Credential {
        try WalletError.wrap { try database.credential(id) }
    }

    /// Every readable credential in full, in list order (damaged records are left out).
    public func credentials() throws -> [Credential] {
        try listing().summaries.compactMap { try? credential($0.id) }
    }

    /// The full id for a unique prefix (as git resolves abbreviated hashes).
    public func resolveID(_ prefix: String) throws -> CredentialID {
        let wanted = prefix.lowercased()
        guard !wanted.isEmpty, wanted.count <= 32, wanted.allSatisfy(\.isHexDigit) else {
            throw WalletError.invalidID(prefix)
        }
        let matches = try WalletError.wrap { try database.allIDs() }.filter { $0.rawValue.hasPrefix(wanted) }
        guard let first = matches.first else { throw WalletError.credentialNotFound(prefix) }
        guard matches.count == 1 else { throw WalletError.ambiguousID(prefix, matches: matches) }
        return first
    }

    // MARK: - Writing

    /// Deletes one credential.
    public func remove(_ id: CredentialID) throws {
        try WalletError.wrap { try database.remove(id) }
    }

    /// Re-wraps the master key under a new passphrase, atomically; records are untouched.
    public func changePassphrase(to newPassphrase: Passphrase) throws {
        guard !newPassphrase.isEmpty else { throw WalletError.noPassphrase("the new passphrase is empty") }
        try WalletError.wrap { try database.changePassphrase(to: newPassphrase) }
    }

    /// Writes an encrypted copy of the wallet to `destination`; it opens with the same passphrase.
    public func backup(to destination: URL) throws {
        try WalletError.wrap { try database.backup(to: destination) }
    }

    /// Checks the file (SQLite `integrity_check`) and that every record opens.
    public func check() throws -> WalletCheck {
        let integrity = try WalletError.wrap { try database.integrityCheck() }
        let listing = try listing()
        var damaged = listing.damaged
        for summary in listing.summaries {
            do {
                _ = try credential(summary.id)
            } catch WalletError.recordDamaged(_, let detail) {
                damaged.append(DamagedRecord(id: summary.id, reason: detail))
            } catch {
                damaged.append(DamagedRecord(id: summary.id, reason: "\(error)"))
            }
        }
        return WalletCheck(integrity: integrity, readable: listing.summaries.count - (damaged.count - listing.damaged.count), damaged: damaged)
    }
}

/// The outcome of `Wallet.check()`.
public struct WalletCheck: Sendable, Equatable {
    /// SQLite's `integrity_check` lines; `["ok"]` when sound.
    public var integrity: [String]
    /// Records whose overview and details both open.
    public var readable: Int
    public var damaged: [DamagedRecord]

    public var isHealthy: Bool { integrity == ["ok"] && damaged.isEmpty }
}
