import Crypto
import Foundation

extension MasterKey {
    static let headerLabel = "cairn.v1/header"
    static let fingerprintLabel = "cairn.v1/fingerprint"

    /// HMAC-SHA256 over the wallet header under a header-only sub-key (age `headerMAC`).
    public func headerMAC(_ header: [UInt8]) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: header, using: subkey(Self.headerLabel)))
    }

    /// True when `mac` authenticates `header` (constant-time comparison).
    public func verifyHeaderMAC(_ mac: [UInt8], for header: [UInt8]) -> Bool {
        HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: header, using: subkey(Self.headerLabel))
    }

    /// A keyed fingerprint of a document, for duplicate detection.
    ///
    /// Why keyed: a plain hash stored in the file would let anyone holding a copy of a credential
    /// confirm that a stolen wallet contains it; an HMAC under a wallet key reveals nothing.
    public func fingerprinter() -> Fingerprinter {
        Fingerprinter(key: subkey(Self.fingerprintLabel))
    }
}

/// Computes keyed fingerprints with a key derived once (cheap to call in bulk).
public struct Fingerprinter: Sendable {
    let key: SymmetricKey

    /// The 32-byte fingerprint of `document`.
    public func fingerprint(_ document: some DataProtocol) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: document, using: key))
    }
}
