import Foundation
import Testing
import WalletCrypto

@Suite struct PassphraseEnvelopeTests {
    let parameters = ScryptParameters(logN: 10)

    @Test("the right passphrase unwraps the same master key; a wrong one is reported as such")
    func roundTrip() throws {
        let key = MasterKey.generate()
        let envelope = try PassphraseEnvelope.seal(key, passphrase: Passphrase("hunter2"), parameters: parameters)
        let reopened = try PassphraseEnvelope(serialized: envelope.serialized)
        let unwrapped = try reopened.open(passphrase: Passphrase("hunter2"))
        // Same key ⇔ same header MAC.
        #expect(unwrapped.headerMAC([1, 2, 3]) == key.headerMAC([1, 2, 3]))
        #expect(throws: CryptoError.wrongPassphrase) { try reopened.open(passphrase: Passphrase("hunter3")) }
    }

    @Test("lowering the stored scrypt cost breaks the unwrap (parameters are authenticated)")
    func parametersAreBound() throws {
        let envelope = try PassphraseEnvelope.seal(MasterKey.generate(), passphrase: Passphrase("pw"), parameters: ScryptParameters(logN: 11))
        var bytes = envelope.serialized
        bytes[1] = 10
        let tampered = try PassphraseEnvelope(serialized: bytes)
        #expect(throws: CryptoError.wrongPassphrase) { try tampered.open(passphrase: Passphrase("pw")) }
    }

    @Test("costs outside the accepted range are refused before any work")
    func costCap() throws {
        var bytes = try PassphraseEnvelope.seal(MasterKey.generate(), passphrase: Passphrase("pw"), parameters: parameters).serialized
        bytes[1] = 30
        #expect(throws: CryptoError.self) { try PassphraseEnvelope(serialized: bytes) }
    }

    @Test("re-wrapping draws a fresh salt and ciphertext")
    func freshSalt() throws {
        let key = MasterKey.generate()
        let first = try PassphraseEnvelope.seal(key, passphrase: Passphrase("pw"), parameters: ScryptParameters(logN: 10))
        let second = try PassphraseEnvelope.seal(key, passphrase: Passphrase("pw"), parameters: ScryptParameters(logN: 10))
        #expect(first.serialized != second.serialized)
    }
}

@Suite struct DataEnvelopeTests {
    let key = MasterKey.generate()
    let overview = Namespace(label: "cairn.v1/credential.overview", objectID: "a", schemaVersion: 1)

    @Test("seal then open returns the plaintext; every seal is different")
    func roundTrip() throws {
        let plain = Array("Statistics for Data Analysis".utf8)
        let first = try DataEnvelope.seal(plain, namespace: overview, masterKey: key)
        let second = try DataEnvelope.seal(plain, namespace: overview, masterKey: key)
        #expect(first != second)
        #expect(try DataEnvelope.open(first, namespace: overview, masterKey: key) == plain)
    }

    @Test("a flipped byte anywhere fails authentication")
    func tamper() throws {
        let sealed = try DataEnvelope.seal(Array("secret".utf8), namespace: overview, masterKey: key)
        for index in sealed.indices {
            var copy = sealed
            copy[index] ^= 0x01
            #expect(throws: CryptoError.self) { try DataEnvelope.open(copy, namespace: overview, masterKey: key) }
        }
    }

    @Test("a blob moved to another record, table or schema version does not open")
    func namespaces() throws {
        let sealed = try DataEnvelope.seal(Array("x".utf8), namespace: overview, masterKey: key)
        let others = [
            Namespace(label: overview.label, objectID: "b", schemaVersion: 1),
            Namespace(label: "cairn.v1/credential.details", objectID: "a", schemaVersion: 1),
            Namespace(label: overview.label, objectID: "a", schemaVersion: 2),
        ]
        for other in others {
            #expect(throws: CryptoError.authenticationFailed) { try DataEnvelope.open(sealed, namespace: other, masterKey: key) }
        }
        #expect(throws: CryptoError.authenticationFailed) {
            try DataEnvelope.open(sealed, namespace: overview, masterKey: MasterKey.generate())
        }
    }
}

@Suite struct SecretHygieneTests {
    @Test("passphrases and keys never print their bytes")
    func redacted() {
        let passphrase = Passphrase("correct horse")
        #expect("\(passphrase)" == "Passphrase(redacted)")
        #expect(String(reflecting: passphrase) == "Passphrase(redacted)")
        #expect(!"\(MasterKey.generate())".contains("0x"))
        #expect("\(MasterKey.generate())" == "MasterKey(redacted)")
    }

    @Test("fingerprints are keyed: the same document differs across wallets, not within one")
    func fingerprints() {
        let document = Array("{\"title\":\"x\"}".utf8)
        let key = MasterKey.generate()
        #expect(key.fingerprinter().fingerprint(document) == key.fingerprinter().fingerprint(document))
        #expect(key.fingerprinter().fingerprint(document) != MasterKey.generate().fingerprinter().fingerprint(document))
    }
}
