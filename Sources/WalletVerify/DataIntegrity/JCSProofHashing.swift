import Crypto
import Foundation
import WalletJSON
import WalletModel

/// The hashing shared by the JCS suites: `hash(JCS(proofConfig)) ‖ hash(JCS(unsecuredDocument))`.
public enum JCSProofHashing {
    /// The curve hash of a JCS suite.
    public enum Hash: Sendable {
        case sha256, sha384

        func digest(_ bytes: [UInt8]) -> [UInt8] {
            switch self {
            case .sha256: Array(SHA256.hash(data: bytes))
            case .sha384: Array(SHA384.hash(data: bytes))
            }
        }
    }

    /// The proof configuration and document exactly as hashed, for stage-by-stage tests.
    public struct Stages: Sendable {
        public let canonicalProofConfig: [UInt8]
        public let canonicalDocument: [UInt8]
        public let proofHash: [UInt8]
        public let documentHash: [UInt8]
        public var hashData: [UInt8] { proofHash + documentHash }
    }

    /// Prepares both halves per the VC DI JCS specs: `proofValue` removed from the proof; when the
    /// proof has `@context`, the document's `@context` must start with it and is replaced by it.
    public static func stages(document: JSONObject, proof: JSONObject, hash: Hash) throws(ProofError) -> Stages {
        var proofConfig = proof
        proofConfig["proofValue"] = nil
        var unsecured = document
        if let proofContext = proofConfig["@context"] {
            let expected = proofContext.asList
            let actual = document["@context"]?.asList ?? []
            guard actual.count >= expected.count, Array(actual.prefix(expected.count)) == expected else {
                throw ProofError(.signatureInvalid, "the proof's @context does not match the start of the document's @context")
            }
            unsecured["@context"] = proofContext
        }
        do {
            let proofBytes = try JCS.canonicalize(.object(proofConfig))
            let documentBytes = try JCS.canonicalize(.object(unsecured))
            return Stages(
                canonicalProofConfig: proofBytes, canonicalDocument: documentBytes,
                proofHash: hash.digest(proofBytes), documentHash: hash.digest(documentBytes))
        } catch {
            throw ProofError(.malformed, "the credential cannot be canonicalised: \(error)")
        }
    }

    /// Decodes a `z…` proofValue, checking its length.
    static func signatureBytes(_ proof: JSONObject, length: Int) throws(ProofError) -> [UInt8] {
        guard let text = proof["proofValue"]?.stringValue else {
            throw ProofError(.malformed, "the proof has no proofValue")
        }
        guard text.hasPrefix("z"), let bytes = Multibase.decode(text) else {
            throw ProofError(.malformed, "proofValue is not multibase base58btc (z…)")
        }
        guard bytes.count == length else {
            throw ProofError(.signatureInvalid, "the signature has \(bytes.count) bytes, expected \(length)")
        }
        return bytes
    }
}
