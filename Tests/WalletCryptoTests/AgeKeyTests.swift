import Foundation
import Testing
@testable import WalletCrypto

@Suite struct AgeKeyTests {
    // A pair printed by age-keygen 1.1.1 (test-only key).
    let secret = "AGE-SECRET-KEY-16WK2JTUA9AYR736TPS6DX2TQ7NT0FF3GAW72DURTAEQY3LK5ZNLQ9H6GT8"
    let publicKey = "age19yuq948jhgc4h2sw4q8v2zspvw66uzj0afgcw8v9uj8yr3zvzyxszgr7ga"

    @Test("derives age-keygen's recipient from its identity and round-trips both strings")
    func pinnedPair() throws {
        let identity = try AgeX25519Identity(string: secret)
        #expect(identity.recipient.string == publicKey)
        #expect(identity.secretString == secret)
        #expect(try AgeX25519Recipient(string: publicKey).string == publicKey)
    }

    @Test("reads an identity file with comments")
    func identityFile() throws {
        let text = "# created: 2026-11-23T11:33:33Z\n# public key: \(publicKey)\n\(secret)\n"
        let identities = try AgeX25519Identity.parseFile(text)
        #expect(identities.map(\.recipient.string) == [publicKey])
    }

    @Test("rejects bad recipients with a clear error")
    func badRecipients() {
        var flipped = publicKey
        flipped.removeLast()
        flipped += "q"
        for text in [flipped, "age1", "npub1qqqqqqqq", String(secret.dropFirst(3))] {
            #expect(throws: AgeError.self) { try AgeX25519Recipient(string: text) }
        }
        #expect(throws: AgeError.self) { try AgeX25519Identity(string: secret.lowercased()) }
        #expect(throws: AgeError.self) { try AgeX25519Identity.parseFile("# nothing here\n") }
    }
}
