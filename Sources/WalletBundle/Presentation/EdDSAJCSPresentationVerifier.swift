import Foundation
import WalletJSON
import WalletModel
import WalletVerify

/// Checks the holder's `eddsa-jcs-2022` proof: resolves the `did:key` verification method
/// offline (purpose `authentication`) and checks the Ed25519 signature over the JCS hashes.
///
/// Challenge, domain and expiry are compared by the reader (`HolderProofChecks`); this type only
/// answers whether the signature holds for the presentation exactly as given.
public struct EdDSAJCSPresentationVerifier: PresentationProofVerifier {
    let resolver: KeyResolver

    public init(resolver: KeyResolver = KeyResolver()) {
        self.resolver = resolver
    }

    public func verifySignature(of presentation: JSONObject) -> PresentationProofOutcome {
        guard let proof = Self.singleProof(presentation) else { return .invalid("The presentation carries no single holder proof.") }
        let suite = proof["cryptosuite"]?.stringValue ?? proof["type"]?.stringValue ?? "(none)"
        guard proof["type"]?.stringValue == "DataIntegrityProof", suite == "eddsa-jcs-2022" else {
            return .unsupported("The holder proof uses \(suite); cairn checks eddsa-jcs-2022 holder proofs.")
        }
        guard let method = proof["verificationMethod"]?.stringValue else { return .invalid("The holder proof names no key.") }
        let key: ResolvedKey
        do {
            key = try resolver.resolve(method, purpose: "authentication")
        } catch {
            return .invalid("The holder key \(method) cannot be resolved: \(error.description)")
        }
        var document = presentation
        document["proof"] = nil
        do {
            let check = try EdDSAJCS2022().verify(document: document, proof: proof, key: key)
            return check.result == .pass ? .valid(check.message) : .invalid(check.message)
        } catch {
            return .invalid(error.message)
        }
    }

    static func singleProof(_ presentation: JSONObject) -> JSONObject? {
        if let object = presentation["proof"]?.objectValue { return object }
        if let items = presentation["proof"]?.arrayValue, items.count == 1 { return items[0].objectValue }
        return nil
    }
}
