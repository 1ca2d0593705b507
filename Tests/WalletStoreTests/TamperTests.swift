import Foundation
import GRDB
import Testing
import WalletCrypto
import WalletModel
import WalletStore

@Suite struct TamperTests {
    /// A closed wallet holding three credentials.
    func filledWallet() throws -> (StoreFixture, [Credential]) {
        let fixture = try StoreFixture()
        let credentials = (0..<3).map { StoreFixture.credential($0) }
        _ = try fixture.create().insert(credentials)
        return (fixture, credentials)
    }

    @Test("a flipped byte in one overview marks that record damaged; the others stay readable")
    func recordByte() throws {
        let (fixture, credentials) = try filledWallet()
        let victim = credentials[1].id
        try fixture.raw { db in
            var blob = try Data.fetchOne(db, sql: "SELECT overview FROM credential WHERE id = ?", arguments: [victim.rawValue]) ?? Data()
            blob[blob.count / 2] ^= 0x40
            try db.execute(sql: "UPDATE credential SET overview = ? WHERE id = ?", arguments: [blob, victim.rawValue])
        }
        let scan = try fixture.open().scanOverviews()
        #expect(scan.damaged.map(\.id) == [victim])
        #expect(Set(scan.summaries.map(\.id)) == Set([credentials[0].id, credentials[2].id]))
    }

    @Test("a flipped byte in the details is reported for that credential only")
    func detailsByte() throws {
        let (fixture, credentials) = try filledWallet()
        let victim = credentials[0].id
        try fixture.raw { db in
            var blob = try Data.fetchOne(db, sql: "SELECT details FROM credential WHERE id = ?", arguments: [victim.rawValue]) ?? Data()
            blob[blob.count - 1] ^= 0x01
            try db.execute(sql: "UPDATE credential SET details = ? WHERE id = ?", arguments: [blob, victim.rawValue])
        }
        let database = try fixture.open()
        #expect(throws: StoreError.recordDamaged(victim, "authentication failed")) { try database.credential(victim) }
        #expect(try database.credential(credentials[1].id) == credentials[1])
    }

    @Test("blobs swapped between records do not open (the id is bound in)")
    func swappedBlobs() throws {
        let (fixture, credentials) = try filledWallet()
        let (a, b) = (credentials[0].id.rawValue, credentials[1].id.rawValue)
        try fixture.raw { db in
            let blobA = try Data.fetchOne(db, sql: "SELECT overview FROM credential WHERE id = ?", arguments: [a])
            try db.execute(sql: "UPDATE credential SET overview = ? WHERE id = ?", arguments: [blobA, b])
        }
        #expect(try fixture.open().scanOverviews().damaged.map(\.id) == [credentials[1].id])
    }

    @Test("a flipped header byte makes the wallet refuse to open, before any key derivation")
    func headerByte() throws {
        let (fixture, _) = try filledWallet()
        try fixture.raw { db in
            var header = try Data.fetchOne(db, sql: "SELECT value FROM walletMeta WHERE key = 'header'") ?? Data()
            header[20] ^= 0x01
            try db.execute(sql: "UPDATE walletMeta SET value = ? WHERE key = 'header'", arguments: [header])
        }
        #expect {
            try fixture.open()
        } throws: { error in
            guard case StoreError.headerDamaged = error else { return false }
            return true
        }
    }

    @Test("an edited header with a recomputed checksum still fails its MAC")
    func headerMAC() throws {
        let (fixture, _) = try filledWallet()
        try fixture.raw { db in
            var header = Array(try Data.fetchOne(db, sql: "SELECT value FROM walletMeta WHERE key = 'header'") ?? Data())
            header[header.count - 40] ^= 0x01  // inside the MAC
            let body = Array(header.dropLast(32))
            header = body + Checksum.sha256(body)
            try db.execute(sql: "UPDATE walletMeta SET value = ? WHERE key = 'header'", arguments: [Data(header)])
        }
        #expect(throws: StoreError.headerDamaged("header MAC mismatch")) { try fixture.open() }
    }
}

@Suite struct ChunkedScanTests {
    @Test("a multi-chunk scan keeps every readable overview, in row order, around damaged rows in several chunks")
    func damagedAcrossChunks() throws {
        let fixture = try StoreFixture()
        let credentials = (0..<2_400).map { StoreFixture.credential($0) }
        _ = try fixture.create().insert(credentials)
        let ordered = credentials.map(\.id).sorted { $0.rawValue < $1.rawValue }  // the table's key order
        let victims = [ordered[0], ordered[700], ordered[701], ordered[1_999], ordered[2_399]]
        try fixture.raw { db in
            for victim in victims {
                var blob = try Data.fetchOne(db, sql: "SELECT overview FROM credential WHERE id = ?", arguments: [victim.rawValue]) ?? Data()
                blob[blob.count / 2] ^= 0x40
                try db.execute(sql: "UPDATE credential SET overview = ? WHERE id = ?", arguments: [blob, victim.rawValue])
            }
        }
        let scan = try fixture.open().scanOverviews()
        #expect(scan.damaged.map(\.id) == victims)
        #expect(scan.summaries.map(\.id) == ordered.filter { !victims.contains($0) })
        #expect(scan.summaries.first { $0.id == ordered[1] }?.overview.title == credentials.first { $0.id == ordered[1] }?.overview.title)
    }
}
