import WalletJSON
import WalletLinkedData
import WalletModel

/// Legacy `Ed25519Signature2020` (VC 1.1 era, still issued by DCC): the same hash data as
/// `eddsa-rdfc-2022`, identified by the proof `type` alone.
public struct Ed25519Signature2020: ProofSuite {
    public let names = ["Ed25519Signature2020"]

    public init() {}

    public func verify(document: JSONObject, proof: JSONObject, key: ResolvedKey) throws(ProofError) -> VerificationCheck {
        try Ed25519RDFC.verify(suite: .ed25519Signature2020, document: document, proof: proof, key: key)
    }
}
