import WalletJSON
import WalletLinkedData
import WalletModel

/// `eddsa-rdfc-2022` (VC DI EdDSA 1.0 § 3.2; also its draft name `eddsa-2022`): Ed25519 over
/// SHA-256(RDFC(proof config)) ‖ SHA-256(RDFC(document)). The suite Open Badges 3.0 requires.
public struct EdDSARDFC2022: ProofSuite {
    public let names = ["eddsa-rdfc-2022", "eddsa-2022"]

    public init() {}

    public func verify(document: JSONObject, proof: JSONObject, key: ResolvedKey) throws(ProofError) -> VerificationCheck {
        try Ed25519RDFC.verify(suite: .eddsaRdfc2022, document: document, proof: proof, key: key)
    }
}
