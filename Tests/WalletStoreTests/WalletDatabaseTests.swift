import Foundation
import GRDB
import Testing
import WalletCrypto
import WalletModel
import WalletStore

@Suite struct WalletDatabaseTests {
    @Test("credentials round-trip through seal and open, overview and details alike")
    func roundTrip() throws {
        let fixture = try StoreFixture()
        let credentials = (0..<3).map { StoreFixture.credential($0) }
        do {
            let database = try fixture.create()
            #expect(try database.insert(credentials) == credentials.map { .inserted($0.id) })
        }
        let database = try fixture.open()
        let scan = try database.scanOverviews()
        #expect(scan.damaged.isEmpty)
        let stored: [CredentialOverview] = scan.summaries.map(\.overview).sorted { $0.id < $1.id }
        let expected: [CredentialOverview] = credentials.map(\.overview).sorted { $0.id < $1.id }
        #expect(stored == expected)
        for credential in credentials { #expect(try database.credential(credential.id) == credential) }
    }

    @Test("the same document is a duplicate, in a later batch and within one batch")
    func duplicates() throws {
        let fixture = try StoreFixture()
        let database = try fixture.create()
        let first = StoreFixture.credential(1)
        var again = StoreFixture.credential(1)
        again.record.title = "Different title, same bytes"
        #expect(try database.insert([first]) == [.inserted(first.id)])
        #expect(try database.insert([again]) == [.duplicate(first.id)])
        let pair = [StoreFixture.credential(2), StoreFixture.credential(2)]
        #expect(try database.insert(pair) == [.inserted(pair[0].id), .duplicate(pair[0].id)])
    }

    @Test("a wrong passphrase is reported and leaves the file byte for byte unchanged")
    func wrongPassphrase() throws {
        let fixture = try StoreFixture()
        do { _ = try fixture.create().insert([StoreFixture.credential(1)]) }
        let before = fixture.fileBytes(suffixes: [""])
        #expect(throws: StoreError.wrongPassphrase) { try fixture.open(Passphrase("wrong")) }
        #expect(fixture.fileBytes(suffixes: [""]) == before)
    }

    @Test("a second opener is told the wallet is in use until the first closes")
    func lock() throws {
        let fixture = try StoreFixture()
        var first: WalletDatabase? = try fixture.create()
        #expect(throws: StoreError.walletInUse(path: fixture.url.path)) { try fixture.open() }
        _ = first
        first = nil
        _ = try fixture.open()
    }

    @Test("the wallet, its WAL and shared-memory files are mode 0600")
    func fileModes() throws {
        let fixture = try StoreFixture()
        let database = try fixture.create()
        _ = try database.insert([StoreFixture.credential(1)])
        for suffix in ["", "-wal", "-shm"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: fixture.url.path + suffix)
            #expect((attributes[.posixPermissions] as? Int) == 0o600, "mode of wallet.db\(suffix)")
        }
    }

    @Test("removing a credential deletes it; removing an unknown id fails")
    func remove() throws {
        let fixture = try StoreFixture()
        let database = try fixture.create()
        let credential = StoreFixture.credential(1)
        _ = try database.insert([credential])
        try database.remove(credential.id)
        #expect(try database.allIDs().isEmpty)
        #expect(throws: StoreError.credentialNotFound(credential.id.rawValue)) { try database.remove(credential.id) }
    }
}
