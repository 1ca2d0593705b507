import Foundation
import GRDB
import WalletCrypto
import WalletModel

/// The encrypted wallet file: owns the SQLite connection, the schema and every SQL statement.
///
/// Nothing outside this type sees SQL (GRDB's `AppDatabase` pattern). Every method that writes runs
/// one transaction, so a crash leaves either the old or the new state. Plaintext never touches
/// the file: titles, issuers, dates and documents live only inside sealed blobs.
public final class WalletDatabase: @unchecked Sendable {
    /// Where the wallet file is.
    public let url: URL
    let queue: DatabaseQueue
    let masterKey: MasterKey
    let fingerprinter: Fingerprinter
    let codec: RecordCodec
    private(set) var header: WalletHeader
    private let lock: WalletLock

    private init(url: URL, queue: DatabaseQueue, masterKey: MasterKey, header: WalletHeader, lock: WalletLock) {
        self.url = url
        self.queue = queue
        self.masterKey = masterKey
        self.fingerprinter = masterKey.fingerprinter()
        self.codec = RecordCodec(masterKey: masterKey)
        self.header = header
        self.lock = lock
    }

    /// The scrypt cost (log2 N) the wallet's key envelope uses.
    public var kdfLogN: Int { header.envelope.parameters.logN }

    /// Creates a new wallet at `url` (which must not exist) with a random master key.
    public static func create(at url: URL, passphrase: Passphrase, kdfLogN: Int) throws -> WalletDatabase {
        let path = url.path
        guard !FileManager.default.fileExists(atPath: path) else { throw StoreError.alreadyExists(path: path) }
        try FileSecurity.prepareDirectory(for: url)
        let lock = try WalletLock(walletPath: path)
        let masterKey = MasterKey.generate()
        let envelope = try PassphraseEnvelope.seal(
            masterKey, passphrase: passphrase, parameters: ScryptParameters(logN: kdfLogN))
        let header = WalletHeader(envelope: envelope, masterKey: masterKey)
        try FileSecurity.createPrivateFile(at: path)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration())
            try migrator.migrate(queue)
            try queue.write { db in try db.execute(sql: Self.saveHeaderSQL, arguments: [Data(header.serialized)]) }
            try FileSecurity.restrictSidecars(of: path)
            return WalletDatabase(url: url, queue: queue, masterKey: masterKey, header: header, lock: lock)
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw StoreError.database("\(error)")
        }
    }

    /// Opens and unlocks the wallet at `url`. Verifies the header before reading any record and
    /// writes nothing when the passphrase is wrong.
    public static func open(at url: URL, passphrase: Passphrase) throws -> WalletDatabase {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.walletNotFound(path: path) }
        let lock = try WalletLock(walletPath: path)
        let queue: DatabaseQueue
        let stored: Data?
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration())
            stored = try queue.read { db in try Data.fetchOne(db, sql: Self.loadHeaderSQL) }
        } catch {
            throw StoreError.notAWallet(path: path, detail: "\(error)")
        }
        guard let stored else { throw StoreError.notAWallet(path: path, detail: "no wallet header") }
        let header = try WalletHeader(serialized: Array(stored))
        let masterKey = try header.unlock(with: passphrase)
        try migrator.migrate(queue)
        try FileSecurity.restrictSidecars(of: path)
        return WalletDatabase(url: url, queue: queue, masterKey: masterKey, header: header, lock: lock)
    }

    /// Connection settings: WAL, full sync, in-memory temp data, zeroed deleted content.
    static func configuration() -> Configuration {
        var config = Configuration()
        config.label = "cairn.wallet"
        config.prepareDatabase { db in
            // secure_delete: freed pages (old key envelopes, removed records) are zeroed, not left behind.
            try db.execute(sql: "PRAGMA secure_delete = ON")
            // temp_store: sorts and temporary tables never spill plaintext to a temp file.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return config
    }

    /// Replaces the stored header inside `db`'s transaction.
    func saveHeader(_ newHeader: WalletHeader, in db: Database) throws {
        try db.execute(sql: Self.saveHeaderSQL, arguments: [Data(newHeader.serialized)])
    }

    func replaceHeader(_ newHeader: WalletHeader) {
        header = newHeader
    }

    static let saveHeaderSQL = "INSERT OR REPLACE INTO walletMeta (key, value) VALUES ('header', ?)"
    static let loadHeaderSQL = "SELECT value FROM walletMeta WHERE key = 'header'"
}
