import Crypto
import Foundation
import Testing
import WalletVerify
@testable import WalletBundle

@Suite struct DIDKeyTests {
    @Test("encodes the W3C vc-di-eddsa key pair as its published did:key")
    func w3cKeyPair() throws {
        let url = try #require(Bundle.module.url(forResource: "keyPair", withExtension: "json", subdirectory: "Fixtures"))
        let pair = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: String]
        let publicMultibase = try #require(pair?["publicKeyMultibase"])
        let privateMultibase = try #require(pair?["privateKeyMultibase"])
        let secret = try #require(Base58.decode(String(privateMultibase.dropFirst())))
        #expect(Array(secret.prefix(2)) == [0x80, 0x26])
        let key = try HolderKey(seed: Data(secret.dropFirst(2)))
        #expect(key.did == "did:key:" + publicMultibase)
        #expect(key.verificationMethod == "did:key:\(publicMultibase)#\(publicMultibase)")
        let resolved = try KeyResolver().resolve(key.verificationMethod, purpose: "authentication")
        guard case .ed25519(let publicKey) = resolved.material else {
            Issue.record("the holder's did:key does not resolve to an Ed25519 key")
            return
        }
        #expect(Array(publicKey.rawRepresentation) == key.publicKey)
        #expect(!key.description.contains(key.seed.base64EncodedString()))
    }

    @Test("base58btc keeps leading zero bytes and round-trips")
    func base58() {
        let bytes: [UInt8] = [0, 0, 1, 2, 255, 0, 77]
        let text = Base58.encode(bytes)
        #expect(text.hasPrefix("11"))
        #expect(Base58.decode(text) == bytes)
        #expect(Base58.decode("0OIl") == nil)
    }
}
