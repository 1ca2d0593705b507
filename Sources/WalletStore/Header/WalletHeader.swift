import Foundation
import WalletCrypto

/// The wallet header: format version and the passphrase-wrapped master key, authenticated twice.
///
/// Layout: magic "CAIRN-WALLET" ‖ format version (u16) ‖ `PassphraseEnvelope` (102 bytes) ‖
/// HMAC-SHA256 under HKDF(master, "cairn.v1/header") (32) ‖ SHA-256 of everything before (32).
///
/// Why two checks: the unkeyed checksum is verified before the slow KDF, so a damaged header is
/// reported as damaged rather than as a wrong passphrase; the keyed MAC, verified right after the
/// master key is unwrapped and before any record is read, catches deliberate edits that also fix
/// the checksum (KDBX header hash + HMAC).
struct WalletHeader: Equatable {
    static let magic = Array("CAIRN-WALLET".utf8)
    static let currentVersion: UInt16 = 1

    var version: UInt16
    var envelope: PassphraseEnvelope
    var mac: [UInt8]

    /// The bytes the MAC covers.
    var authenticatedBytes: [UInt8] {
        var out = Self.magic
        out.appendUInt16(version)
        return out + envelope.serialized
    }

    /// A header for `envelope`, MAC'd with `masterKey`.
    init(envelope: PassphraseEnvelope, masterKey: MasterKey) {
        version = Self.currentVersion
        self.envelope = envelope
        mac = []
        mac = masterKey.headerMAC(authenticatedBytes)
    }

    /// The stored form.
    var serialized: [UInt8] {
        let body = authenticatedBytes + mac
        return body + Checksum.sha256(body)
    }

    /// Parses and checksums a stored header (no key needed).
    init(serialized bytes: [UInt8]) throws(StoreError) {
        guard bytes.count > 64, bytes.starts(with: Self.magic) else { throw .headerDamaged("bad magic or length") }
        let body = Array(bytes.dropLast(32))
        guard Checksum.sha256(body) == Array(bytes.suffix(32)) else { throw .headerDamaged("checksum mismatch") }
        do {
            var reader = ByteReader(Array(body.dropFirst(Self.magic.count)))
            version = try reader.readUInt16()
            guard version <= Self.currentVersion else { throw StoreError.unsupportedVersion(Int(version)) }
            envelope = try PassphraseEnvelope(serialized: try reader.read(PassphraseEnvelope.byteCount))
            mac = try reader.read(32)
            guard reader.isAtEnd else { throw StoreError.headerDamaged("trailing bytes") }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .headerDamaged("\(error)")
        }
    }

    /// Unwraps the master key and checks the header MAC with it.
    func unlock(with passphrase: Passphrase) throws(StoreError) -> MasterKey {
        let masterKey: MasterKey
        do {
            masterKey = try envelope.open(passphrase: passphrase)
        } catch .wrongPassphrase {
            throw .wrongPassphrase
        } catch {
            throw .headerDamaged("\(error)")
        }
        guard masterKey.verifyHeaderMAC(mac, for: authenticatedBytes) else {
            throw .headerDamaged("header MAC mismatch")
        }
        return masterKey
    }
}
