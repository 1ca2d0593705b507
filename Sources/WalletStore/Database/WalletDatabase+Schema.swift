import GRDB

extension WalletDatabase {
    /// Schema migrations. Invariants live in the schema (GRDB: "trust SQLite more than yourself").
    ///
    /// `credential` is WITHOUT ROWID and keyed by a random id, so row order reveals nothing about
    /// import order; no plaintext timestamps are stored.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE walletMeta (
                        key TEXT PRIMARY KEY NOT NULL,
                        value BLOB NOT NULL
                    );
                    CREATE TABLE credential (
                        id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 32),
                        fingerprint BLOB NOT NULL UNIQUE CHECK (length(fingerprint) = 32),
                        overview BLOB NOT NULL,
                        details BLOB NOT NULL
                    ) WITHOUT ROWID;
                    """)
        }
        // Future versions: migrator.registerMigration("v2") { … }
        return migrator
    }
}
