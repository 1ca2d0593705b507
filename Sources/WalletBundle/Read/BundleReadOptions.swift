import Foundation
import WalletCrypto

/// What `cairn verify-bundle` compares the bundle against.
public struct BundleReadOptions: Sendable {
    /// The challenge the verifier issued; the holder proof must carry exactly this value.
    public var challenge: String?
    /// The verifier's domain; the holder proof must name it.
    public var domain: String?
    /// The moment to evaluate expiry and credential validity at (`--at`, default now).
    public var at: Date
    /// Keys or passphrase for an age-encrypted bundle.
    public var identities: [any AgeIdentity]

    public init(challenge: String? = nil, domain: String? = nil, at: Date = Date(), identities: [any AgeIdentity] = []) {
        self.challenge = challenge
        self.domain = domain
        self.at = at
        self.identities = identities
    }
}
