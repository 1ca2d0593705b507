import Foundation
import Testing
import WalletCrypto

/// Interoperability with Debian's `age` 1.1.x. These tests FAIL when `age` is not installed.
@Suite struct AgeInteropTests {
    let plaintext = Data((0..<150_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })

    @Test("age -d opens a file cairn encrypted to an X25519 recipient")
    func ageOpensOurs() throws {
        let age = try AgeCLI()
        let directory = try AgeCLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let identity = AgeX25519Identity()
        let keyFile = directory.appendingPathComponent("key.txt")
        try Data((identity.secretString + "\n").utf8).write(to: keyFile)
        for armor in [false, true] {
            let file = directory.appendingPathComponent("ours-\(armor).age")
            try AgeFile.encrypt(plaintext, to: [identity.recipient], armor: armor).write(to: file)
            let output = directory.appendingPathComponent("opened.bin")
            try age.run(["-d", "-i", keyFile.path, "-o", output.path, file.path])
            #expect(try Data(contentsOf: output) == plaintext)
            try FileManager.default.removeItem(at: output)
        }
    }

    @Test("cairn opens a file age -e made for an X25519 recipient (binary and armored)")
    func weOpenAges() throws {
        let age = try AgeCLI()
        let keygen = try AgeCLI.locate("age-keygen")
        let directory = try AgeCLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let keyFile = directory.appendingPathComponent("key.txt")
        try AgeCLI.run(keygen, ["-o", keyFile.path])
        let identities = try AgeX25519Identity.parseFile(String(contentsOf: keyFile, encoding: .utf8))
        let recipient = identities[0].recipient.string
        let source = directory.appendingPathComponent("plain.bin")
        try plaintext.write(to: source)
        for extra in [[], ["-a"]] {
            let sealedFile = directory.appendingPathComponent("theirs\(extra.count).age")
            try age.run(["-e", "-r", recipient, "-o", sealedFile.path] + extra + [source.path])
            let sealed = try Data(contentsOf: sealedFile)
            #expect(extra.isEmpty ? sealed.starts(with: Array("age-encryption.org/v1\n".utf8)) : AgeFile.looksLikeAge(sealed))
            #expect(try AgeFile.decrypt(sealed, identities: identities) == plaintext)
        }
    }

    @Test("passphrase files interoperate both ways (age under a pseudo-terminal)")
    func scryptBothWays() throws {
        let age = try AgeCLI()
        let directory = try AgeCLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let passphrase = "interop passphrase 42"
        let ours = directory.appendingPathComponent("ours.age")
        try AgeFile.encrypt(plaintext, to: [AgeScryptRecipient(passphrase: passphrase, workFactor: 14)]).write(to: ours)
        let opened = directory.appendingPathComponent("opened.bin")
        try age.runWithTTY(["-d", "-o", opened.path, ours.path], ttyInput: passphrase + "\n")
        #expect(try Data(contentsOf: opened) == plaintext)

        let source = directory.appendingPathComponent("plain.bin")
        try plaintext.write(to: source)
        let theirs = directory.appendingPathComponent("theirs.age")
        try age.runWithTTY(["-p", "-o", theirs.path, source.path], ttyInput: passphrase + "\n" + passphrase + "\n")
        let file = try Data(contentsOf: theirs)
        #expect(try AgeFile.stanzaTypes(file) == ["scrypt"])
        #expect(try AgeFile.decrypt(file, identities: [AgeScryptIdentity(passphrase: passphrase)]) == plaintext)
    }
}
