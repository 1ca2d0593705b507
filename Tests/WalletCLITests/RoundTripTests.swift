import Foundation
import Testing

@Suite(.serialized) struct RoundTripTests {
    @Test("init → import → list/show → passwd → backup → restore gives byte-identical show --json")
    func roundTrip() throws {
        let cairn = try CairnRunner()
        #expect(try cairn.run("init", "--kdf-log-n", "10").status == 0)
        let titles = ["Statistics for Data Analysis", "Programming in Python", "Deep Learning"]
        for (index, title) in titles.enumerated() {
            try cairn.write("in/\(index).json", CairnRunner.selfAsserted(title: title, issuer: "University of Zed"))
        }
        let imported = try cairn.run("import", "--json", cairn.directory.appendingPathComponent("in").path)
        #expect(imported.status == 0, "\(imported.stderr)")
        let outcomes = try #require(try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [[String: Any]])
        #expect(outcomes.map { $0["status"] as? String } == ["imported", "imported", "imported"])
        let ids = outcomes.compactMap { $0["id"] as? String }

        let list = try cairn.run("list", "--json")
        let shows = try ids.map { try cairn.run("show", "--json", String($0.prefix(6))).stdout }
        #expect(shows.allSatisfy { $0.contains("\"self-asserted\"") })

        try cairn.setPassphrase("a new passphrase", variable: "CAIRN_NEW_PASSPHRASE_FILE")
        #expect(try cairn.run("passwd").status == 0)
        try cairn.setPassphrase("a new passphrase")
        let backup = cairn.directory.appendingPathComponent("wallet.backup")
        #expect(try cairn.run("backup", "--output", backup.path).status == 0)

        let restored = cairn.directory.appendingPathComponent("elsewhere/restored.db")
        #expect(try cairn.run("restore", backup.path, "--wallet", restored.path).status == 0)
        #expect(try cairn.run("list", "--json", "--wallet", restored.path).stdout == list.stdout)
        for (id, show) in zip(ids, shows) {
            #expect(try cairn.run("show", "--json", id, "--wallet", restored.path).stdout == show)
        }
    }

    @Test("no imported title or issuer name can be found in the wallet file, its WAL or a backup")
    func noPlaintext() throws {
        let cairn = try CairnRunner()
        #expect(try cairn.run("init", "--kdf-log-n", "10").status == 0)
        let pairs = (0..<20).map { ("Orbital Mechanics Module \($0)", "Institute of Qwertyuiop \($0)") }
        for (index, pair) in pairs.enumerated() {
            try cairn.write("in/\(index).json", CairnRunner.selfAsserted(title: pair.0, issuer: pair.1))
        }
        #expect(try cairn.run("import", cairn.directory.appendingPathComponent("in").path).status == 0)
        let backup = cairn.directory.appendingPathComponent("b.backup")
        #expect(try cairn.run("backup", "--output", backup.path).status == 0)
        var haystack = Data()
        for path in [cairn.wallet.path, cairn.wallet.path + "-wal", backup.path] {
            haystack += FileManager.default.contents(atPath: path) ?? Data()
        }
        #expect(haystack.count > 20_000)
        for (title, issuer) in pairs {
            #expect(haystack.range(of: Data(title.utf8)) == nil, "found \(title)")
            #expect(haystack.range(of: Data(issuer.utf8)) == nil, "found \(issuer)")
        }
        #expect(haystack.range(of: Data("Qwertyuiop".utf8)) == nil)
        #expect(haystack.range(of: Data("Orbital".utf8)) == nil)
    }
}
