import Foundation
import Testing
import WalletCore
import WalletModel

@Suite struct WalletTests {
    @Test("ids resolve from any unique prefix; ambiguous, unknown and non-hex prefixes fail clearly")
    func resolveID() throws {
        let fixture = try CoreFixture()
        let wallet = try fixture.create()
        let documents = (0..<40).map { ImportDocument(name: "d\($0)", bytes: Data(CoreFixture.selfAsserted(title: "T\($0)").utf8)) }
        let ids = wallet.importDocuments(documents).compactMap(\.id)
        let target = ids[0]
        #expect(try wallet.resolveID(target.short) == target)
        #expect(try wallet.resolveID(target.rawValue.uppercased()) == target)
        #expect(throws: WalletError.invalidID("xyz")) { try wallet.resolveID("xyz") }
        #expect(throws: WalletError.credentialNotFound(String(repeating: "0", count: 32))) {
            try wallet.resolveID(String(repeating: "0", count: 32))
        }
        // 40 random ids over 16 first digits: some single digit is shared.
        let shared = Dictionary(grouping: ids, by: { $0.rawValue.prefix(1) }).first { $0.value.count > 1 }
        if let (digit, matches) = shared {
            #expect(throws: WalletError.ambiguousID(String(digit), matches: matches.sorted())) { try wallet.resolveID(String(digit)) }
        }
    }

    @Test("wrong passphrase exits 3, wallet in use exits 4, missing wallet exits 2")
    func errorsAndExitCodes() throws {
        let fixture = try CoreFixture()
        var wallet: Wallet? = try fixture.create()
        #expect(throws: WalletError.walletInUse(path: fixture.url.path)) { try Wallet.open(at: fixture.url, passphrase: fixture.passphrase) }
        _ = wallet
        wallet = nil
        #expect(throws: WalletError.wrongPassphrase) { try Wallet.open(at: fixture.url, passphrase: Passphrase("nope")) }
        #expect(WalletError.wrongPassphrase.exitCode == 3)
        #expect(WalletError.walletInUse(path: "x").exitCode == 4)
        #expect(WalletError.walletNotFound(path: "x").exitCode == 2)
        #expect(WalletError.wrongPassphrase.description == "wrong passphrase")
    }

    @Test("backup then restore to a new path gives the same credentials; restore never overwrites")
    func backupRestore() throws {
        let fixture = try CoreFixture()
        let backupURL = fixture.directory.appendingPathComponent("b.cairn")
        let restored = fixture.directory.appendingPathComponent("other/restored.db")
        let original: [Credential]
        do {
            let wallet = try fixture.create()
            _ = wallet.importDocuments([ImportDocument(name: "a", bytes: Data(CoreFixture.selfAsserted(title: "A").utf8))])
            try wallet.backup(to: backupURL)
            original = try wallet.credentials()
        }
        #expect(throws: WalletError.wrongPassphrase) { try Wallet.restore(from: backupURL, to: restored, passphrase: Passphrase("bad")) }
        #expect(!FileManager.default.fileExists(atPath: restored.path))
        try Wallet.restore(from: backupURL, to: restored, passphrase: fixture.passphrase)
        #expect(throws: WalletError.alreadyExists(path: restored.path)) { try Wallet.restore(from: backupURL, to: restored, passphrase: fixture.passphrase) }
        #expect(try Wallet.open(at: restored, passphrase: fixture.passphrase).credentials() == original)
    }

    @Test("check reports a sound file and every record readable")
    func check() throws {
        let fixture = try CoreFixture()
        let wallet = try fixture.create()
        _ = wallet.importDocuments([ImportDocument(name: "a", bytes: Data(CoreFixture.selfAsserted(title: "A").utf8))])
        let result = try wallet.check()
        #expect(result.isHealthy && result.readable == 1)
    }
}

@Suite struct EnvironmentTests {
    @Test("the wallet path comes from --wallet, else CAIRN_WALLET, else XDG_DATA_HOME, else ~/.local/share")
    func location() {
        #expect(WalletLocation(flag: "/tmp/a.db", environment: ["CAIRN_WALLET": "/tmp/b.db"]).url.path == "/tmp/a.db")
        #expect(WalletLocation(flag: nil, environment: ["CAIRN_WALLET": "/tmp/b.db"]).url.path == "/tmp/b.db")
        #expect(WalletLocation(flag: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]).url.path == "/x/cairn/wallet.db")
        #expect(WalletLocation(flag: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"]).url.path == "/h/.local/share/cairn/wallet.db")
        #expect(WalletLocation(flag: nil, environment: ["HOME": "/h"]).source == .defaultPath)
    }

    @Test("passphrases come from CAIRN_PASSPHRASE_FILE first (one newline stripped), then CAIRN_PASSPHRASE")
    func passphraseSource() throws {
        let fixture = try CoreFixture()
        let file = try fixture.write("pass", "from file\n")
        let both = PassphraseSource(environment: ["CAIRN_PASSPHRASE_FILE": file.path, "CAIRN_PASSPHRASE": "from env"])
        #expect(try both.read(prompt: "") == Passphrase("from file"))
        #expect(try PassphraseSource(environment: ["CAIRN_PASSPHRASE": "from env"]).read(prompt: "") == Passphrase("from env"))
        let new = PassphraseSource(environment: ["CAIRN_NEW_PASSPHRASE": "new one", "CAIRN_PASSPHRASE": "old"])
        #expect(try new.read(prompt: "", variables: .new) == Passphrase("new one"))
        #expect(throws: WalletError.self) { try PassphraseSource(environment: ["CAIRN_PASSPHRASE": ""]).read(prompt: "") }
    }

    @Test("dates print as ISO 8601 UTC")
    func isoDates() {
        #expect(ISODate.string(from: Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(ISODate.string(from: Date(timeIntervalSince1970: 1_718_323_200)) == "2024-06-14T00:00:00Z")
        #expect(ISODate.string(from: Date(timeIntervalSince1970: 951_827_696)) == "2000-02-29T12:34:56Z")
        #expect(ISODate.string(from: Date(timeIntervalSince1970: -86_401)) == "1969-12-30T23:59:59Z")
    }
}
