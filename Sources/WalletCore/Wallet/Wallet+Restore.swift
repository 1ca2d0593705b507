import Foundation
import WalletStore

extension Wallet {
    /// Restores a backup to `destination` (which must not exist), after checking that
    /// `passphrase` opens it and that its header is intact.
    ///
    /// The copy goes to a temporary name first and is renamed only once it opened, so a failed
    /// restore leaves nothing behind.
    public static func restore(from backup: URL, to destination: URL, passphrase: Passphrase) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: backup.path) else {
            throw WalletError.unreadable(path: backup.path, detail: "no such file")
        }
        guard !fileManager.fileExists(atPath: destination.path) else {
            throw WalletError.alreadyExists(path: destination.path)
        }
        let directory = destination.deletingLastPathComponent()
        try? fileManager.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).restore-\(UUID().uuidString)")
        do {
            try fileManager.copyItem(at: backup, to: temporary)
            chmod(temporary.path, 0o600)
            try WalletError.wrap {
                let wallet = try WalletDatabase.open(at: temporary, passphrase: passphrase)
                try wallet.checkpoint()
            }
            removeSidecars(of: temporary)
            guard rename(temporary.path, destination.path) == 0 else {
                throw WalletError.storage("cannot move the restored wallet into place: \(String(cString: strerror(errno)))")
            }
            try? fileManager.removeItem(atPath: temporary.path + ".lock")
        } catch {
            try? fileManager.removeItem(at: temporary)
            removeSidecars(of: temporary)
            try? fileManager.removeItem(atPath: temporary.path + ".lock")
            throw WalletError(error)
        }
    }

    private static func removeSidecars(of url: URL) {
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
    }
}
