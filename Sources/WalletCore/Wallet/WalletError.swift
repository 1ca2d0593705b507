import Foundation
import WalletModel
import WalletStore

/// Why a wallet use case failed, with the command-line exit code it maps to.
///
/// Exit codes: 1 ran but found a failure; 2 usage error or unreadable input; 3 wrong passphrase;
/// 4 wallet in use.
public enum WalletError: Error, Equatable, Sendable, CustomStringConvertible {
    case wrongPassphrase
    case walletInUse(path: String)
    case walletNotFound(path: String)
    case alreadyExists(path: String)
    case notAWallet(path: String, detail: String)
    case headerDamaged(String)
    case recordDamaged(CredentialID, String)
    case credentialNotFound(String)
    case ambiguousID(String, matches: [CredentialID])
    case invalidID(String)
    case noPassphrase(String)
    case passphraseMismatch
    case unreadable(path: String, detail: String)
    case unsupportedVersion(Int)
    case storage(String)

    /// The process exit code for this error.
    public var exitCode: Int32 {
        switch self {
        case .wrongPassphrase: 3
        case .walletInUse: 4
        case .recordDamaged, .storage: 1
        case .walletNotFound, .alreadyExists, .notAWallet, .headerDamaged, .credentialNotFound, .ambiguousID,
            .invalidID, .noPassphrase, .passphraseMismatch, .unreadable, .unsupportedVersion:
            2
        }
    }

    public var description: String {
        switch self {
        case .ambiguousID(let prefix, let matches):
            "id prefix \"\(prefix)\" matches \(matches.count) credentials (\(matches.prefix(5).map(\.short).joined(separator: ", "))); type more digits"
        case .invalidID(let text): "\"\(text)\" is not a credential id (hex digits expected)"
        case .noPassphrase(let detail): "no passphrase: \(detail)"
        case .passphraseMismatch: "the two passphrases differ; nothing was changed"
        case .unreadable(let path, let detail): "cannot read \(path): \(detail)"
        case .storage(let detail): detail
        default: storeError?.description ?? "wallet error"
        }
    }

    /// The same message through the store's wording, for cases shared with `StoreError`.
    private var storeError: StoreError? {
        switch self {
        case .wrongPassphrase: .wrongPassphrase
        case .walletInUse(let path): .walletInUse(path: path)
        case .walletNotFound(let path): .walletNotFound(path: path)
        case .alreadyExists(let path): .alreadyExists(path: path)
        case .notAWallet(let path, let detail): .notAWallet(path: path, detail: detail)
        case .headerDamaged(let detail): .headerDamaged(detail)
        case .recordDamaged(let id, let detail): .recordDamaged(id, detail)
        case .credentialNotFound(let id): .credentialNotFound(id)
        case .unsupportedVersion(let version): .unsupportedVersion(version)
        default: nil
        }
    }

    /// Translates any error from the layers below.
    init(_ error: any Error) {
        guard let store = error as? StoreError else {
            self = (error as? WalletError) ?? .storage("\(error)")
            return
        }
        switch store {
        case .wrongPassphrase: self = .wrongPassphrase
        case .walletInUse(let path): self = .walletInUse(path: path)
        case .walletNotFound(let path): self = .walletNotFound(path: path)
        case .alreadyExists(let path): self = .alreadyExists(path: path)
        case .notAWallet(let path, let detail): self = .notAWallet(path: path, detail: detail)
        case .headerDamaged(let detail): self = .headerDamaged(detail)
        case .recordDamaged(let id, let detail): self = .recordDamaged(id, detail)
        case .credentialNotFound(let id): self = .credentialNotFound(id)
        case .unsupportedVersion(let version): self = .unsupportedVersion(version)
        case .database(let detail): self = .storage(detail)
        }
    }

    /// Runs `body`, translating its errors into `WalletError`.
    static func wrap<T>(_ body: () throws -> T) throws(WalletError) -> T {
        do { return try body() } catch { throw WalletError(error) }
    }
}
