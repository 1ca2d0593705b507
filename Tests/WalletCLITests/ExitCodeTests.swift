import Foundation
import Testing

@Suite(.serialized) struct ExitCodeTests {
    func initialised() throws -> CairnRunner {
        let cairn = try CairnRunner()
        #expect(try cairn.run("init", "--kdf-log-n", "10").status == 0)
        return cairn
    }

    @Test("a wrong passphrase exits 3 with \"wrong passphrase\"")
    func wrongPassphrase() throws {
        let cairn = try initialised()
        try cairn.setPassphrase("not it")
        let result = try cairn.run("list")
        #expect(result.status == 3)
        #expect(result.stderr.contains("wrong passphrase"))
    }

    @Test("a wallet held by another process exits 4 with \"wallet in use\"")
    func inUse() throws {
        let cairn = try initialised()
        let fd = open(cairn.wallet.path + ".lock", O_RDWR)
        #expect(fd >= 0)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        let result = try cairn.run("list")
        #expect(result.status == 4)
        #expect(result.stderr.contains("wallet in use"))
        flock(fd, LOCK_UN)
        #expect(try cairn.run("list").status == 0)
    }

    @Test("usage errors, unknown ids, missing wallets and unreadable input exit 2")
    func usage() throws {
        let cairn = try initialised()
        #expect(try cairn.run("frobnicate").status == 2)
        #expect(try cairn.run("show").status == 2)
        #expect(try cairn.run("show", "abcdef").status == 2)
        #expect(try cairn.run("list", "--wallet", cairn.directory.appendingPathComponent("none.db").path).status == 2)
        let junk = try cairn.write("junk.json", "{\"hello\": 1}")
        let result = try cairn.run("import", "--json", junk.path)
        #expect(result.status == 2)
        #expect(result.stdout.contains("\"rejected\""))
        #expect(try cairn.run("init").status == 2, "refuses to overwrite an existing wallet")
    }

    @Test("a flipped byte in the file's header makes cairn refuse to open (exit 2), naming the header")
    func headerTamper() throws {
        let cairn = try initialised()
        var bytes = try Data(contentsOf: cairn.wallet)
        let magic = try #require(bytes.range(of: Data("CAIRN-WALLET".utf8)))
        bytes[magic.upperBound + 30] ^= 0x01
        try bytes.write(to: cairn.wallet)
        let result = try cairn.run("list")
        #expect(result.status == 2)
        #expect(result.stderr.contains("header is damaged"))
    }

    @Test("re-importing the same file reports duplicate and exits 0; the demo command prints its passphrase")
    func duplicateAndDemo() throws {
        let cairn = try initialised()
        let file = try cairn.write("a.json", CairnRunner.selfAsserted(title: "Once", issuer: "Zed"))
        #expect(try cairn.run("import", file.path).status == 0)
        let again = try cairn.run("import", file.path)
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("duplicate"))
        let demo = try cairn.run("demo")
        #expect(demo.status == 0, "\(demo.stderr)")
        #expect(demo.stdout.contains("Passphrase:  demo"))
    }
}
