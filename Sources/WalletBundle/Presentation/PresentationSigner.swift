import Foundation
import WalletJSON

/// Adds the holder's proof to a presentation: the seam where the `eddsa-jcs-2022` signer plugs in.
///
/// A conforming signer returns the presentation with a `proof` member (`type`
/// `DataIntegrityProof`, `proofPurpose` `authentication`, `verificationMethod` of the holder,
/// and `challenge`, `domain`, `expires` when given). It must not change any other member.
public protocol PresentationSigner: Sendable {
    /// The holder DID the proof's verification method belongs to (`did:key:z6Mk…`).
    var holder: String { get }

    /// The secured presentation.
    func sign(presentation: JSONObject, challenge: String?, domain: String?, expires: Date?) throws -> JSONObject
}

/// Checks the holder's proof on a secured presentation: the seam for the `eddsa-jcs-2022` verifier.
public protocol PresentationProofVerifier: Sendable {
    /// Whether the proof's signature holds for the presentation as given. The reader has already
    /// checked that the proof names the holder's key, so a verifier only checks the signature.
    func verifySignature(of presentation: JSONObject) -> PresentationProofOutcome
}

/// The outcome of checking a holder signature.
public enum PresentationProofOutcome: Equatable, Sendable {
    /// The signature was checked and holds; the message names suite and key.
    case valid(String)
    /// The signature was checked and does not hold, or the proof is unusable.
    case invalid(String)
    /// The proof could not be checked (unsupported cryptosuite or key type).
    case unsupported(String)
}
