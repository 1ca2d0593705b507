import Foundation
import GRDB
import WalletCrypto

extension WalletDatabase {
    /// The content-key label and namespace of the holder key's seed, a sealed `walletMeta` item.
    ///
    /// Why a separate label: the seed gets its own derived key and associated data, so a record
    /// blob can never be opened as the holder secret (or the other way round), same rules as records.
    static let holderSeedLabel = "cairn.v1/holder.seed"
    static let holderSeedMetaKey = "holderSeed"

    private var holderSeedNamespace: Namespace {
        Namespace(label: Self.holderSeedLabel, objectID: Self.holderSeedMetaKey, schemaVersion: RecordCodec.schemaVersion)
    }

    /// The holder key's 32-byte seed, or nil when this wallet has none yet (made before holder keys).
    public func holderSeed() throws -> Data? {
        let blob = try read { db in
            try Data.fetchOne(db, sql: "SELECT value FROM walletMeta WHERE key = ?", arguments: [Self.holderSeedMetaKey])
        }
        guard let blob else { return nil }
        let key = ContentKey(masterKey: masterKey, label: Self.holderSeedLabel)
        do {
            return Data(try DataEnvelope.open(Array(blob), namespace: holderSeedNamespace, key: key))
        } catch {
            throw StoreError.headerDamaged("the holder key does not open (authentication failed)")
        }
    }

    /// Seals and stores the holder key's seed; refuses to replace an existing one.
    public func storeHolderSeed(_ seed: Data) throws {
        let key = ContentKey(masterKey: masterKey, label: Self.holderSeedLabel)
        let blob = Data(try DataEnvelope.seal(seed, namespace: holderSeedNamespace, key: key))
        try write { db in
            try db.execute(
                sql: "INSERT INTO walletMeta (key, value) VALUES (?, ?)", arguments: [Self.holderSeedMetaKey, blob])
        }
    }
}
