import Foundation
import Testing
@testable import WalletCrypto

@Suite struct AgeFileTests {
    let identity = AgeX25519Identity()

    @Test("round-trips X25519 files at every chunk boundary", arguments: [0, 1, 65_535, 65_536, 65_537, 200_000])
    func roundTripsX25519(size: Int) throws {
        let plaintext = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 * 7) })
        let file = try AgeFile.encrypt(plaintext, to: [identity.recipient])
        #expect(file.starts(with: Array("age-encryption.org/v1\n-> X25519 ".utf8)))
        #expect(try AgeFile.decrypt(file, identities: [identity]) == plaintext)
    }

    @Test("round-trips a passphrase file and rejects a wrong passphrase")
    func roundTripsScrypt() throws {
        let plaintext = Data("a bundle".utf8)
        let file = try AgeFile.encrypt(plaintext, to: [AgeScryptRecipient(passphrase: "correct horse", workFactor: 10)])
        #expect(try AgeFile.decrypt(file, identities: [AgeScryptIdentity(passphrase: "correct horse")]) == plaintext)
        #expect(throws: AgeError.noMatchingIdentity) {
            try AgeFile.decrypt(file, identities: [AgeScryptIdentity(passphrase: "wrong")])
        }
        #expect(try AgeFile.stanzaTypes(file) == ["scrypt"])
    }

    @Test("refuses a scrypt work factor above the reader's cap")
    func capsWorkFactor() throws {
        let file = try AgeFile.encrypt(Data("x".utf8), to: [AgeScryptRecipient(passphrase: "pw", workFactor: 12)])
        #expect(throws: AgeError.workFactorTooHigh(logN: 12, limit: 11)) {
            try AgeFile.decrypt(file, identities: [AgeScryptIdentity(passphrase: "pw", maxWorkFactor: 11)])
        }
    }

    @Test("refuses to mix a passphrase with other recipients")
    func scryptAlone() throws {
        #expect(throws: AgeError.scryptMustBeAlone) {
            try AgeFile.encrypt(
                Data(), to: [AgeScryptRecipient(passphrase: "pw", workFactor: 10), identity.recipient])
        }
    }

    @Test("opens a file for several recipients with any of their keys")
    func multipleRecipients() throws {
        let other = AgeX25519Identity()
        let file = try AgeFile.encrypt(Data("hi".utf8), to: [other.recipient, identity.recipient])
        #expect(try AgeFile.decrypt(file, identities: [identity]) == Data("hi".utf8))
        #expect(throws: AgeError.noMatchingIdentity) { try AgeFile.decrypt(file, identities: [AgeX25519Identity()]) }
    }

    @Test("detects a modified header with the MAC")
    func headerTamper() throws {
        var file = try AgeFile.encrypt(Data("hi".utf8), to: [identity.recipient, AgeX25519Identity().recipient])
        // Swap the order of the two stanzas' argument lines is hard; instead change the version-line-
        // independent MAC input by appending a grease stanza before the MAC line.
        let text = String(decoding: file, as: UTF8.self)
        let range = try #require(text.range(of: "---"))
        let prefix = text[..<range.lowerBound] + "-> grease\n\n"
        file = Data((prefix + text[range.lowerBound...]).utf8)
        #expect(throws: AgeError.headerMACInvalid) { try AgeFile.decrypt(file, identities: [identity]) }
    }

    @Test("detects payload tampering and truncation")
    func payloadTamper() throws {
        let plaintext = Data(repeating: 0x41, count: 70_000)
        let file = try AgeFile.encrypt(plaintext, to: [identity.recipient])
        var flipped = file
        flipped[flipped.count - 5] ^= 0x01
        #expect(throws: AgeError.self) { try AgeFile.decrypt(flipped, identities: [identity]) }
        let truncated = file.prefix(file.count - 70_000 + 65_536)
        #expect(throws: AgeError.self) { try AgeFile.decrypt(Data(truncated), identities: [identity]) }
        let headerOnly = file.prefix(200)
        #expect(throws: AgeError.self) { try AgeFile.decrypt(Data(headerOnly), identities: [identity]) }
    }

    @Test("rejects data that is not an age file")
    func notAge() {
        #expect(throws: AgeError.notAgeFile) { try AgeFile.decrypt(Data("PK\u{3}\u{4}".utf8), identities: [identity]) }
        #expect(!AgeFile.looksLikeAge(Data("{}".utf8)))
    }

    @Test("round-trips ASCII armor")
    func armor() throws {
        let file = try AgeFile.encrypt(Data("armored".utf8), to: [identity.recipient], armor: true)
        let text = String(decoding: file, as: UTF8.self)
        #expect(text.hasPrefix("-----BEGIN AGE ENCRYPTED FILE-----\n"))
        #expect(AgeFile.looksLikeAge(file))
        #expect(try AgeFile.decrypt(file, identities: [identity]) == Data("armored".utf8))
    }

    @Test("description never prints the secret key")
    func redacted() {
        #expect(!identity.description.contains("AGE-SECRET-KEY"))
        #expect(identity.description.contains(identity.recipient.string))
    }
}
