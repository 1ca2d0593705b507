import Crypto
import Foundation
import WalletFormats
import WalletJSON
import WalletModel
import X509

/// Checks one JAdES signature (ETSI TS 119 182-1, baseline B): the RS256/PS256/ES* signature with the
/// leaf certificate of `x5c`, the `x5t#S256` thumbprint, and the certificate's validity at the
/// signing time: the `sigTst` time-stamp when present and bound to this signature, else `sigT`, else the
/// credential's issuance date. The time-stamp authority's signature is not validated.
struct JAdESSealCheck {
    let proof: VerificationCheck
    let issuer: VerificationCheck
    /// The subject of the sealing certificate, for messages (nil if unreadable).
    let sealedBy: String?

    init(_ signature: JWSJSONSignature, fallbackSigningTime: Date?) {
        let header = signature.protectedHeader
        let algorithm: JWSAlgorithm
        let certificate: Certificate
        let der: Data
        do {
            algorithm = try signature.algorithm
            (certificate, der) = try Self.leafCertificate(header)
        } catch {
            proof = VerificationCheck(check: .proof, result: error.kind == .malformed ? .fail : .unknown,
                                      code: error.failureCode, message: error.message)
            issuer = VerificationCheck(check: .issuer, result: .unknown, code: .keyUnresolvable, message: "No usable sealing certificate.")
            sealedBy = nil
            return
        }
        sealedBy = certificate.subject.description
        proof = Self.proofCheck(signature, certificate: certificate, der: der, algorithm: algorithm)
        let claimed = header["sigT"]?.stringValue.flatMap(XSDDateTime.parseDateOrDateTime)
        switch JAdESTimeStamp.signingTime(signature) {
        case .time(let stamped):
            issuer = Self.certificateCheck(certificate, at: stamped, claimedBy: "signature time-stamp; TSA signature not checked")
        case .mismatch:
            issuer = VerificationCheck(check: .issuer, result: .fail, code: .signatureInvalid,
                                       message: "The signature time-stamp (sigTst) belongs to a different signature.")
        case .absent:
            issuer = Self.certificateCheck(
                certificate, at: claimed ?? fallbackSigningTime, claimedBy: claimed != nil ? "sigT, the signer's claim" : "issuance date")
        }
    }

    static func leafCertificate(_ header: JSONObject) throws(JOSEError) -> (Certificate, Data) {
        guard let first = header["x5c"]?.arrayValue?.first?.stringValue else {
            throw JOSEError(.unsupported, "the JAdES signature carries no x5c certificate; only x5c-sealed EDCs are supported")
        }
        guard let der = Data(base64Encoded: first) else {
            throw JOSEError(.malformed, "the x5c certificate is not valid base64")
        }
        do { return (try Certificate(derEncoded: Array(der)), der) } catch {
            throw JOSEError(.malformed, "the x5c certificate cannot be parsed: \(error)")
        }
    }

    static func proofCheck(
        _ signature: JWSJSONSignature, certificate: Certificate, der: Data, algorithm: JWSAlgorithm
    ) -> VerificationCheck {
        if let thumbprint = signature.protectedHeader["x5t#S256"]?.stringValue,
            thumbprint != JOSEBase64URL.encode(Data(SHA256.hash(data: der)))
        {
            return VerificationCheck(check: .proof, result: .fail, code: .issuerKeyMismatch,
                                     message: "The x5t#S256 thumbprint does not match the x5c certificate.")
        }
        let key: JWSVerificationKey
        do { key = try JWSKeyReader.key(certificate: certificate) } catch {
            return VerificationCheck(check: .proof, result: .unknown, code: error.failureCode, message: error.message)
        }
        return JWTCredentialVerifier.signatureCheck(
            signature.signature, input: signature.signingInput, key: key, algorithm: algorithm,
            what: "JAdES \(algorithm.rawValue) seal (\(key.label))")
    }

    static func certificateCheck(_ certificate: Certificate, at time: Date?, claimedBy source: String) -> VerificationCheck {
        let window = "\(XSDDateTime.format(certificate.notValidBefore)) to \(XSDDateTime.format(certificate.notValidAfter))"
        guard let time else {
            return VerificationCheck(check: .issuer, result: .unknown, code: .keyUnresolvable,
                                     message: "No signing time is stated, so the sealing certificate (valid \(window)) cannot be judged.")
        }
        guard time >= certificate.notValidBefore, time <= certificate.notValidAfter else {
            return VerificationCheck(check: .issuer, result: .fail, code: .expired,
                                     message: "The sealing certificate (valid \(window)) was not valid at the signing time \(XSDDateTime.format(time)) (\(source)).")
        }
        return VerificationCheck(check: .issuer, result: .pass,
                                 message: "Sealed by \(certificate.subject); the certificate (valid \(window)) was valid at the signing time \(XSDDateTime.format(time)) (\(source)).")
    }
}
