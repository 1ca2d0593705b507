import Foundation
import GRDB
import WalletCrypto

// MARK: - Database Access: passphrase, backup, integrity

extension WalletDatabase {
    /// Re-wraps the master key under `newPassphrase` with a fresh salt, in one transaction.
    ///
    /// SQLite's transaction makes the swap atomic: after a crash at any point exactly one of the
    /// old or new passphrase opens the wallet; records are untouched. The WAL is then checkpointed
    /// and truncated, and secure_delete zeroes the old envelope's page, so the old passphrase
    /// stops being useful against this file.
    public func changePassphrase(to newPassphrase: Passphrase, kdfLogN: Int? = nil) throws {
        let parameters = ScryptParameters(logN: kdfLogN ?? self.kdfLogN)
        let envelope = try PassphraseEnvelope.seal(masterKey, passphrase: newPassphrase, parameters: parameters)
        let newHeader = WalletHeader(envelope: envelope, masterKey: masterKey)
        try write { db in try saveHeader(newHeader, in: db) }
        replaceHeader(newHeader)
        try checkpoint()
    }

    /// Writes a consistent, compacted copy of the wallet to `destination` (mode 0600).
    ///
    /// The copy is the same encrypted format: it opens anywhere with the wallet's passphrase.
    /// It is written to a temporary name and renamed, so a crash never leaves half a backup.
    public func backup(to destination: URL) throws {
        let path = destination.path
        guard !FileManager.default.fileExists(atPath: path) else { throw StoreError.alreadyExists(path: path) }
        try FileSecurity.prepareDirectory(for: destination)
        let temporary = path + ".partial-\(UUID().uuidString)"
        try FileSecurity.createPrivateFile(at: temporary)
        // VACUUM INTO needs an absent or empty file; an empty one keeps our 0600 mode.
        do {
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "VACUUM INTO ?", arguments: [temporary])
            }
            guard rename(temporary, path) == 0 else { throw StoreError.database(String(cString: strerror(errno))) }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error as? StoreError ?? StoreError.database("\(error)")
        }
    }

    /// SQLite's own consistency check; `["ok"]` when the file is sound.
    public func integrityCheck() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// Moves WAL content into the main file and truncates the WAL.
    public func checkpoint() throws {
        do {
            try queue.writeWithoutTransaction { db in
                _ = try db.checkpoint(.truncate)
            }
        } catch {
            throw StoreError.database("\(error)")
        }
    }
}
