import Crypto
import Foundation
import WalletBundle
import WalletJSON
import WalletModel

/// A stand-in for the `eddsa-jcs-2022` signer at the seam: Ed25519 over the compact JSON of the
/// proof options and the document (member order as built, not JCS). Real signatures, so the
/// matching verifier detects any change; the real suite replaces both at integration.
struct TestPresentationSigner: PresentationSigner {
    let key: HolderKey

    var holder: String { key.did }

    func sign(presentation: JSONObject, challenge: String?, domain: String?, expires: Date?) throws -> JSONObject {
        var proof = JSONObject([
            ("type", .string("DataIntegrityProof")), ("cryptosuite", .string("test-ed25519-compact")),
            ("created", .string(BundleDate.format(BundleFixtures.date))),
            ("verificationMethod", .string(key.verificationMethod)), ("proofPurpose", .string("authentication")),
        ])
        if let challenge { proof["challenge"] = .string(challenge) }
        if let domain { proof["domain"] = .string(domain) }
        if let expires { proof["expires"] = .string(BundleDate.format(expires)) }
        let signature = try key.sign(Self.signingInput(document: presentation, proof: proof))
        proof["proofValue"] = .string(signature.base64EncodedString())
        var secured = presentation
        secured["proof"] = .object(proof)
        return secured
    }

    static func signingInput(document: JSONObject, proof: JSONObject) -> Data {
        let writer = JSONWriter()
        return Data((writer.string(.object(proof)) + "\n" + writer.string(.object(document))).utf8)
    }
}

/// The matching verifier: resolves the did:key offline and checks the Ed25519 signature.
struct TestPresentationVerifier: PresentationProofVerifier {
    func verifySignature(of presentation: JSONObject) -> PresentationProofOutcome {
        guard var proof = presentation["proof"]?.objectValue,
            let method = proof["verificationMethod"]?.stringValue,
            let keyBytes = DIDKey.ed25519PublicKey(from: method),
            let value = proof["proofValue"]?.stringValue, let signature = Data(base64Encoded: value),
            let key = try? Curve25519.Signing.PublicKey(rawRepresentation: keyBytes)
        else { return .invalid("unusable proof") }
        proof["proofValue"] = nil
        var document = presentation
        document["proof"] = nil
        let input = TestPresentationSigner.signingInput(document: document, proof: proof)
        return key.isValidSignature(signature, for: input) ? .valid("signature valid") : .invalid("signature invalid")
    }
}

/// A credential checker that trusts the export-time verdict shape: verified, title from `name`.
struct TestCredentialChecker: BundleCredentialChecker {
    func check(_ original: Data, at date: Date) -> CheckedCredential {
        let title = (try? JSONParser().parse(original))?["name"]?.stringValue
        let report = VerificationReport(
            status: .verified, checks: [.init(check: .proof, result: .pass, message: "checked by the test")],
            checkedAt: date)
        return CheckedCredential(title: title, format: nil, verification: report)
    }
}
