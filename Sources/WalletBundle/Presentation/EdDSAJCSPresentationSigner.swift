import Foundation
import WalletJSON
import WalletVerify

/// The holder's `eddsa-jcs-2022` signer: the real `PresentationSigner` behind `cairn export`.
///
/// Uses the same suite code (`EdDSAJCS2022.sign`) that verifies credentials, so a presentation
/// cairn signs is exactly what any conforming Data Integrity verifier expects.
public struct EdDSAJCSPresentationSigner: PresentationSigner {
    let key: HolderKey
    let created: Date

    /// A signer for `key`; `created` is the proof's creation time (defaults to now).
    public init(key: HolderKey, created: Date = Date()) {
        self.key = key
        self.created = created
    }

    public var holder: String { key.did }

    public func sign(presentation: JSONObject, challenge: String?, domain: String?, expires: Date?) throws -> JSONObject {
        var options = JSONObject([
            ("type", .string("DataIntegrityProof")), ("cryptosuite", .string("eddsa-jcs-2022")),
            ("created", .string(BundleDate.format(created))),
            ("verificationMethod", .string(key.verificationMethod)), ("proofPurpose", .string("authentication")),
        ])
        if let challenge { options["challenge"] = .string(challenge) }
        if let domain { options["domain"] = .string(domain) }
        if let expires { options["expires"] = .string(BundleDate.format(expires)) }
        var document = presentation
        document["proof"] = nil
        return try EdDSAJCS2022.sign(document: document, options: options, with: key.signingKey)
    }
}
