import Foundation
import GRDB
import WalletCrypto
import WalletModel

// MARK: - Database Access: Reads and Writes of credentials

extension WalletDatabase {
    /// Stores `credentials` in one transaction, skipping documents already in the wallet.
    ///
    /// Duplicates are found by the keyed fingerprint of the original bytes, also within the batch.
    public func insert(_ credentials: [Credential]) throws -> [InsertResult] {
        let codec = self.codec
        let sealed = try credentials.map { credential in
            (credential, fingerprinter.fingerprint(credential.original),
             try codec.sealSummary(CredentialSummary(credential)), try codec.sealDetails(credential))
        }
        return try write { db in
            let find = try db.cachedStatement(sql: "SELECT id FROM credential WHERE fingerprint = ?")
            let insert = try db.cachedStatement(
                sql: "INSERT INTO credential (id, fingerprint, overview, details) VALUES (?, ?, ?, ?)")
            return try sealed.map { credential, fingerprint, overview, details in
                let fingerprintData = Data(fingerprint)
                if let existing = try String.fetchOne(find, arguments: [fingerprintData]),
                    let id = CredentialID(rawValue: existing)
                {
                    return .duplicate(id)
                }
                try insert.execute(arguments: [credential.id.rawValue, fingerprintData, overview, details])
                return .inserted(credential.id)
            }
        }
    }

    /// Decrypts every overview; damaged records are reported, not thrown.
    ///
    /// The sealed rows are read in one transaction (through a cursor, no intermediate `Row`
    /// array), then opened on all cores in order-preserving chunks straight into the result
    /// (decryption and decoding dominate listing a large wallet).
    public func scanOverviews() throws -> RecordScan {
        let rows = try read { db in
            var rows: [(String, Data)] = []
            let cursor = try Row.fetchCursor(db, sql: "SELECT id, overview FROM credential")
            while let row = try cursor.next() { rows.append((row[0], row[1])) }
            return rows
        }
        // Four chunks per core: on a shared machine a descheduled worker then holds up only a
        // small chunk, not half the work.
        let chunkCount = max(1, min(4 * ProcessInfo.processInfo.activeProcessorCount, rows.count / 500))
        let chunkSize = (rows.count + chunkCount - 1) / chunkCount
        let chunkStarts = (0..<chunkCount).map { min($0 * chunkSize, rows.count) }
        let codec = self.codec
        var damaged: [DamagedRecord] = []
        let summaries = [CredentialSummary](unsafeUninitializedCapacity: rows.count) { buffer, initialised in
            let results = ChunkResults(count: chunkCount, buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                let range = chunkStarts[chunk]..<min(chunkStarts[chunk] + chunkSize, rows.count)
                Self.open(rows[range], codec: codec, chunk: chunk, into: results)
            }
            initialised = results.compact(chunkStarts: chunkStarts)
            damaged = results.allDamaged
        }
        return RecordScan(summaries: summaries, damaged: damaged)
    }

    private static func open(_ rows: ArraySlice<(String, Data)>, codec: RecordCodec, chunk: Int, into results: ChunkResults) {
        var written = 0
        var damaged: [DamagedRecord] = []
        for (raw, blob) in rows {
            guard let id = CredentialID(rawValue: raw) else { continue }
            do {
                results.put(try codec.openSummary(blob, id: id), at: rows.startIndex + written)
                written += 1
            } catch StoreError.recordDamaged(_, let detail) {
                damaged.append(DamagedRecord(id: id, reason: detail))
            } catch {
                damaged.append(DamagedRecord(id: id, reason: "\(error)"))
            }
        }
        results.finish(chunk: chunk, written: written, damaged: damaged)
    }

    /// Decrypts one full credential, including its original bytes.
    public func credential(_ id: CredentialID) throws -> Credential {
        let blob = try read { db in
            try Data.fetchOne(db, sql: "SELECT details FROM credential WHERE id = ?", arguments: [id.rawValue])
        }
        guard let blob else { throw StoreError.credentialNotFound(id.rawValue) }
        return try codec.openDetails(blob, id: id)
    }

    /// Every stored id (plaintext random ids: no decryption needed).
    public func allIDs() throws -> [CredentialID] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT id FROM credential ORDER BY id").compactMap(CredentialID.init(rawValue:))
        }
    }

    /// Replaces the verification report of stored credentials, in one transaction.
    ///
    /// Each record is re-read, given its new report and re-sealed (overview and details) under the
    /// normal envelope rules, so `list` and the detail view show the fresh verdict. The original
    /// bytes and the fingerprint are unchanged. Unknown ids throw `credentialNotFound` and nothing
    /// is written.
    public func replaceVerification(_ reports: [(id: CredentialID, report: VerificationReport)]) throws {
        let codec = self.codec
        try write { db in
            let select = try db.cachedStatement(sql: "SELECT details FROM credential WHERE id = ?")
            let update = try db.cachedStatement(sql: "UPDATE credential SET overview = ?, details = ? WHERE id = ?")
            for (id, report) in reports {
                guard let blob = try Data.fetchOne(select, arguments: [id.rawValue]) else {
                    throw StoreError.credentialNotFound(id.rawValue)
                }
                var credential = try codec.openDetails(blob, id: id)
                credential.verification = report
                let overview = try codec.sealSummary(CredentialSummary(credential))
                try update.execute(arguments: [overview, try codec.sealDetails(credential), id.rawValue])
            }
        }
    }

    /// Deletes one credential; its bytes are zeroed in the file (secure_delete).
    public func remove(_ id: CredentialID) throws {
        let deleted = try write { db in
            try db.execute(sql: "DELETE FROM credential WHERE id = ?", arguments: [id.rawValue])
            return db.changesCount
        }
        guard deleted == 1 else { throw StoreError.credentialNotFound(id.rawValue) }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.read(body) } catch let error as StoreError { throw error } catch {
            throw StoreError.database("\(error)")
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.write(body) } catch let error as StoreError { throw error } catch {
            throw StoreError.database("\(error)")
        }
    }
}
