import Foundation
import WalletModel

/// Why a wallet operation failed. Each case carries what the user needs to act on it.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The passphrase does not unlock this wallet. Nothing was written.
    case wrongPassphrase
    /// Another process holds the wallet open.
    case walletInUse(path: String)
    /// No wallet file at the path.
    case walletNotFound(path: String)
    /// A file already exists where a new wallet or restore target would go.
    case alreadyExists(path: String)
    /// The file is not a cairn wallet (not SQLite, or no cairn header).
    case notAWallet(path: String, detail: String)
    /// The header failed its checksum or MAC: the wallet refuses to open.
    case headerDamaged(String)
    /// One record failed authentication; the others are still readable.
    case recordDamaged(CredentialID, String)
    /// No credential has this id.
    case credentialNotFound(String)
    /// The wallet was written by a newer cairn.
    case unsupportedVersion(Int)
    /// SQLite or the file system reported an error.
    case database(String)

    public var description: String {
        switch self {
        case .wrongPassphrase: "wrong passphrase"
        case .walletInUse(let path): "wallet in use: another cairn process has \(path) open; close it and retry"
        case .walletNotFound(let path): "no wallet at \(path); create one with `cairn init` (or look around first with `cairn demo`)"
        case .alreadyExists(let path): "\(path) already exists; refusing to overwrite it"
        case .notAWallet(let path, let detail): "\(path) is not a cairn wallet (\(detail))"
        case .headerDamaged(let detail):
            "the wallet header is damaged (\(detail)); refusing to open. Restore from a backup with `cairn restore`"
        case .recordDamaged(let id, let detail):
            "credential \(id.short) is damaged (\(detail)); the other credentials are intact. Remove it with `cairn remove \(id.short)` or restore from a backup"
        case .credentialNotFound(let id): "no credential with id \(id)"
        case .unsupportedVersion(let version): "the wallet format version \(version) is newer than this cairn understands"
        case .database(let detail): "database error: \(detail)"
        }
    }
}
