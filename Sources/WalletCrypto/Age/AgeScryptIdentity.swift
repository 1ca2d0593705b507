import Foundation

/// A passphrase identity: opens a file whose only stanza is a scrypt stanza.
///
/// Why a work-factor cap: the work factor comes from the (untrusted) file, so without a cap a
/// crafted file could demand unbounded time and memory. The default cap 2^20 (1 GiB of scrypt
/// memory at r = 8) is above age's default 2^18; raise it only for files you expect.
public struct AgeScryptIdentity: AgeIdentity {
    private let passphrase: [UInt8]
    /// The largest log2(N) this identity will compute.
    public let maxWorkFactor: Int

    public init(passphrase: String, maxWorkFactor: Int = 20) {
        self.passphrase = Array(passphrase.utf8)
        self.maxWorkFactor = maxWorkFactor
    }

    public func unwrap(_ stanzas: [AgeStanza]) throws(AgeError) -> [UInt8]? {
        guard let stanza = stanzas.first(where: { $0.type == "scrypt" }) else { return nil }
        guard stanzas.count == 1 else { throw .scryptMustBeAlone }
        guard stanza.arguments.count == 2, let salt = AgeBase64.decode(Substring(stanza.arguments[0])),
            salt.count == 16, stanza.body.count == 32
        else { throw .malformedHeader("malformed scrypt stanza") }
        let text = stanza.arguments[1]
        guard let logN = Int(text), String(logN) == text, logN > 0 else {
            throw .malformedHeader("scrypt work factor \"\(text)\" is not a canonical positive decimal")
        }
        guard logN <= maxWorkFactor else { throw .workFactorTooHigh(logN: logN, limit: maxWorkFactor) }
        let key = try AgeScryptRecipient.deriveKey(passphrase: passphrase, salt: salt, logN: logN)
        return AgePrimitives.unwrap(stanza.body, with: key)
    }
}
