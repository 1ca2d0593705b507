import WalletJSON
import WalletModel

/// One Data Integrity cryptosuite (or legacy proof type): checks one proof over one document.
///
/// The verifier has already removed `proof` from `document` (or, for a chained proof, put the
/// proofs it references back as `proof`), resolved the key, and checked purpose and dates.
/// Implementations return a `proof` check that passes or fails; they throw only when the proof
/// cannot be evaluated at all (wrong key type, malformed `proofValue`), which the verifier reports
/// as a failed proof with the error's code.
public protocol ProofSuite: Sendable {
    /// The `cryptosuite` values (for `type: DataIntegrityProof`) or legacy proof `type` values
    /// this suite handles, e.g. `["eddsa-jcs-2022"]` or `["Ed25519Signature2020"]`.
    var names: [String] { get }

    /// Verifies `proof` (including its `proofValue`) over the unsecured `document` with `key`.
    func verify(document: JSONObject, proof: JSONObject, key: ResolvedKey) throws(ProofError) -> VerificationCheck
}

/// Why a proof could not be evaluated; `code` is the failure code the report carries.
public struct ProofError: Error, Equatable, Sendable, CustomStringConvertible {
    public let code: FailureCode
    public let message: String

    public init(_ code: FailureCode, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
