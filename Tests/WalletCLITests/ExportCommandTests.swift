import Foundation
import Testing

/// `cairn export` option checking and `--with-progress` / `stack --pathway` id suffixes, through
/// the real binary.
@Suite(.serialized) struct ExportCommandTests {
    /// A wallet holding one self-asserted credential; returns the runner and the credential id.
    func walletWithCredential() throws -> (CairnRunner, String) {
        let cairn = try CairnRunner()
        #expect(try cairn.run("init", "--kdf-log-n", "10").status == 0)
        let file = try cairn.write("a.json", CairnRunner.selfAsserted(title: "Bread Baking", issuer: "Zed"))
        let imported = try cairn.run("import", "--json", file.path)
        let outcomes = try #require(try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [[String: Any]])
        return (cairn, try #require(outcomes.first?["id"] as? String))
    }

    func output(_ cairn: CairnRunner, _ name: String = "out.zip") -> String {
        cairn.directory.appendingPathComponent(name).path
    }

    @Test("bad option values exit 2 with a message naming the option, and write nothing")
    func usageErrors() throws {
        let (cairn, id) = try walletWithCredential()
        let out = output(cairn)
        let cases: [([String], String)] = [
            (["--format", "pdf"], "--format must be zip or vp, not \"pdf\""),
            (["--expires", "tomorrow"], "--expires \"tomorrow\" is not an ISO 8601 date"),
            (["--expires", "2020-01-01"], "--expires 2020-01-01T00:00:00Z is in the past"),
            (["--encrypt-to", "age1bogus"], "--encrypt-to \"age1bogus\" is not an age recipient"),
            (["--with-progress", "nope"], "no pathway with id \"nope\""),
            (["--with-progress", "microcred"], "did you mean cairn:ladder:cmf-microcredential"),
            (["--format", "vp", "--with-progress", "microdegree"], "which --format vp does not write"),
            ([String(id.prefix(6))], "is named twice (\(id.prefix(6)) repeats an earlier id)"),
        ]
        for (arguments, message) in cases {
            let result = try cairn.run(["export", id, "--output", out] + arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out), "\(arguments) wrote a file")
        }
    }

    @Test("an existing output is never replaced: exit 2, bytes unchanged")
    func noOverwrite() throws {
        let (cairn, id) = try walletWithCredential()
        let existing = try cairn.write("taken.zip", "keep me")
        let result = try cairn.run("export", id, "--output", existing.path)
        #expect(result.status == 2)
        #expect(result.stderr.contains("already exists; refusing to overwrite it"))
        #expect(try String(contentsOf: existing, encoding: .utf8) == "keep me")
    }

    @Test("an output in a missing folder says why it cannot be written")
    func missingFolder() throws {
        let (cairn, id) = try walletWithCredential()
        let result = try cairn.run("export", id, "--output", output(cairn, "no/such/dir/out.zip"))
        #expect(result.status == 1)
        #expect(result.stderr.contains("No such file or directory"), "\(result.stderr)")
    }

    @Test("--with-progress takes the last part of a pathway id; the bundle is written and verifies")
    func progressSuffix() throws {
        let (cairn, id) = try walletWithCredential()
        let out = output(cairn)
        let result = try cairn.run("export", id, "--output", out, "--with-progress", "cmf-microcredential")
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(bytes.starts(with: [0x50, 0x4B]))
        let verified = try cairn.run("verify-bundle", out)
        #expect(verified.status == 0, "\(verified.stdout)")
    }

    @Test("stack --pathway takes a unique suffix, and lists every candidate when several ids end with it")
    func stackSuffix() throws {
        let (cairn, _) = try walletWithCredential()
        let one = try cairn.run("stack", "--pathway", "microdegree", "--json")
        #expect(one.status == 0, "\(one.stderr)")
        let results = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [[String: Any]])
        #expect(results.count == 1)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let builtIn = try String(
            contentsOf: root.appendingPathComponent("Sources/WalletStacking/Resources/pathways/05-microdegree.toml"), encoding: .utf8)
        try cairn.write(
            "extra/mine.toml", builtIn.replacingOccurrences(of: "\"cairn:ladder:microdegree\"", with: "\"urn:mine:microdegree\""))
        let extra = cairn.directory.appendingPathComponent("extra").path
        let two = try cairn.run("stack", "--pathways", extra, "--pathway", "microdegree")
        #expect(two.status == 2)
        #expect(two.stderr.contains("\"microdegree\" matches 2 pathways: cairn:ladder:microdegree, urn:mine:microdegree"), "\(two.stderr)")
        #expect(try cairn.run("stack", "--pathways", extra, "--pathway", "mine:microdegree").status == 0)
    }

    @Test("verify-bundle names a folder, a missing file and a key file without keys (exit 2)")
    func verifyBundleInputs() throws {
        let (cairn, id) = try walletWithCredential()
        let out = output(cairn)
        #expect(try cairn.run("export", id, "--output", out).status == 0)
        let folder = try cairn.run("verify-bundle", cairn.directory.path)
        #expect(folder.status == 2)
        #expect(folder.stderr.contains("it is a folder, not a bundle file"))
        let missing = try cairn.run("verify-bundle", output(cairn, "none.zip"))
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("none.zip: no such file"))
        let text = try cairn.write("notes.txt", "not a bundle")
        let asJSON = try cairn.run("verify-bundle", text.path, "--json")
        #expect(asJSON.status == 2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(asJSON.stdout.utf8)) as? [String: Any])
        #expect(object["valid"] as? Bool == false)
        #expect((object["error"] as? String)?.hasPrefix("not a cairn bundle") == true)
        let empty = try cairn.write("empty.key", "# nothing here\n")
        let keyless = try cairn.run("verify-bundle", out, "--identity", empty.path)
        #expect(keyless.status == 2)
        #expect(keyless.stderr.contains("holds no AGE-SECRET-KEY-1"), "\(keyless.stderr)")
    }
}
