import Foundation
import WalletFormats
import WalletJSON
import WalletModel

/// Verifies a credential secured as a compact JWS — the OB 3.0 / VC 1.1 JWT (`vc` claim) and the
/// VC-JOSE `vc+jwt` form — offline, and maps it to the EU standard elements.
///
/// The token is kept byte for byte as `Inspection.original`: the signature covers its exact text.
public struct JWTCredentialVerifier: Sendable {
    /// Resolves `kid` values and issuer identifiers to public JWKs (did:key, did:jwk, key cache).
    public var keyLookup: JWKLookup

    public init(keyLookup: @escaping JWKLookup = MinimalDIDKeyResolver.resolve) {
        self.keyLookup = keyLookup
    }

    /// Parses and verifies `token` (the file bytes), evaluating validity at `date`.
    public func inspect(token: Data, at date: Date) throws(InspectionError) -> Inspection {
        let jws: CompactJWS
        let payload: JSONObject
        do {
            jws = try CompactJWS(token)
            payload = try jws.payloadObject()
        } catch { throw .malformed(error.message) }
        let claims = try JWTClaims(payload: payload)
        let checks = verify(jws, claims: claims, at: date)
        let report = VerificationReport(status: VerificationReport.status(for: checks), checks: checks, checkedAt: date)
        return Inspection(
            format: .vcJWT, record: VCRecordMapper.record(from: claims.credential), verification: report,
            original: token)
    }

    /// The checks for an already parsed token (also used for JWS found inside baked images).
    func verify(_ jws: CompactJWS, claims: JWTClaims, at date: Date) -> [VerificationCheck] {
        var checks = [formatCheck(jws, claims: claims)]
        let binding = JWTKeyBinding.resolve(header: jws.header, issuerID: claims.issuerID, lookup: keyLookup)
        checks.append(proofCheck(jws, binding: binding))
        checks.append(binding.issuerCheck)
        checks.append(ValidityPeriodCheck.check(notBefore: claims.notBefore, notAfter: claims.notAfter, at: date))
        checks.append(statusCheck(claims.credential))
        return checks
    }

    private func formatCheck(_ jws: CompactJWS, claims: JWTClaims) -> VerificationCheck {
        let conflicts = claims.conflicts
        guard conflicts.isEmpty else {
            return VerificationCheck(
                check: .format, result: .fail, code: .malformed,
                message: "The JWT claims contradict the credential: " + conflicts.joined(separator: "; ") + ".")
        }
        let form = claims.wrapped ? "VC-JWT (vc claim)" : "VC-JOSE (\(jws.header["typ"]?.stringValue ?? "vc+jwt"))"
        return VerificationCheck(check: .format, result: .pass, message: "A well-formed \(form) credential.")
    }

    private func proofCheck(_ jws: CompactJWS, binding: JWTKeyBinding) -> VerificationCheck {
        let algorithm: JWSAlgorithm
        do { algorithm = try jws.algorithm } catch {
            return VerificationCheck(check: .proof, result: .unknown, code: error.failureCode, message: error.message)
        }
        if let problem = binding.proofProblem { return problem }
        guard let key = binding.key else {
            return VerificationCheck(check: .proof, result: .unknown, code: .keyUnresolvable, message: "No key.")
        }
        return Self.signatureCheck(jws.signature, input: jws.signingInput, key: key, algorithm: algorithm,
                                   what: "\(algorithm.rawValue) signature by \(binding.keyDescription)")
    }

    /// A `proof` check from one signature verification.
    static func signatureCheck(
        _ signature: Data, input: Data, key: JWSVerificationKey, algorithm: JWSAlgorithm, what: String
    ) -> VerificationCheck {
        do {
            if try key.isValidSignature(signature, for: input, algorithm: algorithm) {
                return VerificationCheck(check: .proof, result: .pass, message: "The \(what) is valid.")
            }
            return VerificationCheck(
                check: .proof, result: .fail, code: .signatureInvalid,
                message: "The \(what) does not match: the content was changed or another key signed it.")
        } catch {
            return VerificationCheck(check: .proof, result: .fail, code: .signatureInvalid, message: error.message)
        }
    }

    private func statusCheck(_ credential: JSONObject) -> VerificationCheck {
        guard let status = credential["credentialStatus"] else {
            return VerificationCheck(check: .status, result: .skipped, message: "The credential declares no status list.")
        }
        let type = status.asList.first?["type"]?.stringValue ?? "unknown"
        return VerificationCheck(
            check: .status, result: .unknown, code: .statusUnknown,
            message: "Revocation status (\(type)) cannot be checked offline without a cached status list.")
    }
}
