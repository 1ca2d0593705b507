import Foundation
import Testing
import WalletCrypto
import WalletModel
import WalletStore

@Suite struct MaintenanceTests {
    @Test("after a passphrase change only the new passphrase opens the wallet, with every record")
    func changePassphrase() throws {
        let fixture = try StoreFixture()
        let credential = StoreFixture.credential(1)
        do {
            let database = try fixture.create()
            _ = try database.insert([credential])
            try database.changePassphrase(to: Passphrase("new secret"))
        }
        #expect(throws: StoreError.wrongPassphrase) { try fixture.open() }
        #expect(try fixture.open(Passphrase("new secret")).credential(credential.id) == credential)
    }

    @Test("a backup opens with the passphrase and holds the same credentials")
    func backup() throws {
        let fixture = try StoreFixture()
        let credentials = (0..<2).map { StoreFixture.credential($0) }
        let backupURL = fixture.directory.appendingPathComponent("backup.cairn")
        do {
            let database = try fixture.create()
            _ = try database.insert(credentials)
            try database.backup(to: backupURL)
            #expect(throws: StoreError.alreadyExists(path: backupURL.path)) { try database.backup(to: backupURL) }
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: backupURL.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let copy = try WalletDatabase.open(at: backupURL, passphrase: fixture.passphrase)
        for credential in credentials { #expect(try copy.credential(credential.id) == credential) }
        #expect(try copy.integrityCheck() == ["ok"])
    }

    @Test("no title, issuer name or date text appears in the wallet, its WAL or a backup")
    func noPlaintext() throws {
        let fixture = try StoreFixture()
        let credentials = (0..<5).map { StoreFixture.credential($0, title: "Quantum Basket Weaving \($0)", issuer: "Zyxwv Institute \($0)") }
        let database = try fixture.create()
        _ = try database.insert(credentials)
        let backupURL = fixture.directory.appendingPathComponent("backup.cairn")
        try database.backup(to: backupURL)
        var haystack = fixture.fileBytes()
        haystack += FileManager.default.contents(atPath: backupURL.path) ?? Data()
        #expect(haystack.count > 10_000)
        for needle in ["Quantum Basket", "Zyxwv Institute", "Quantum", "2024-06-14", "self-asserted", "ECTS"] {
            #expect(haystack.range(of: Data(needle.utf8)) == nil, "found \(needle)")
        }
    }
}
