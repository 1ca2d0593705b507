import Foundation
import WalletFormats
import WalletJSON
import WalletModel

/// The proof, issuer and revocation checks of a signed OB 2.0 assertion (OB 2.0 §Signed verification):
/// the key is `verification.creator` → CryptographicKey `publicKeyPem`; the key's `owner` must be the
/// issuer, and the issuer's `revocationList` must not list the assertion.
struct OpenBadges2SignedCheck {
    let documents: DocumentLookup

    func checks(_ jws: CompactJWS, assertion: OpenBadges2Assertion, issuer: JSONObject?) -> [VerificationCheck] {
        let algorithm: JWSAlgorithm
        do { algorithm = try jws.algorithm } catch {
            return [VerificationCheck(check: .proof, result: .unknown, code: error.failureCode, message: error.message),
                    unknownIssuer("The signature could not be checked.")]
        }
        guard let creator = assertion.creator else {
            return [VerificationCheck(check: .proof, result: .unknown, code: .keyUnresolvable,
                                      message: "The signed assertion names no key (verification.creator)."),
                    unknownIssuer("No key is named.")]
        }
        guard let keyDocument = documents(creator), let pem = keyDocument["publicKeyPem"]?.stringValue else {
            return [VerificationCheck(check: .proof, result: .unknown, code: .keyUnresolvable,
                                      message: "The issuer key \(creator) is not in the local key cache; add it to verify this badge."),
                    unknownIssuer("The issuer key is not known offline.")]
        }
        let key: JWSVerificationKey
        do { key = try JWSKeyReader.key(pem: pem) } catch {
            return [VerificationCheck(check: .proof, result: .unknown, code: error.failureCode, message: error.message),
                    unknownIssuer("The issuer key cannot be used.")]
        }
        let proof = JWTCredentialVerifier.signatureCheck(
            jws.signature, input: jws.signingInput, key: key, algorithm: algorithm,
            what: "\(algorithm.rawValue) signature by \(creator)")
        return [proof, issuerCheck(keyDocument, creator: creator, issuer: issuer)]
    }

    private func issuerCheck(_ key: JSONObject, creator: String, issuer: JSONObject?) -> VerificationCheck {
        guard let issuer, let issuerID = issuer["id"]?.stringValue else {
            return unknownIssuer("The issuer profile is not held locally, so the key owner cannot be confirmed.")
        }
        let owner = key["owner"]?.stringValue
        let listed = issuer["publicKey"]?.asList.contains { ($0.stringValue ?? $0["id"]?.stringValue) == creator } ?? false
        guard owner == issuerID else {
            return VerificationCheck(
                check: .issuer, result: .fail, code: .issuerKeyMismatch,
                message: "The key \(creator) is owned by \(owner ?? "nobody stated"), not by the issuer \(issuerID).")
        }
        let note = listed ? " and listed in its profile" : ""
        return VerificationCheck(check: .issuer, result: .pass, message: "The key \(creator) belongs to the issuer \(issuerID)\(note).")
    }

    func statusCheck(_ assertion: OpenBadges2Assertion, issuer: JSONObject?) -> VerificationCheck {
        if assertion.revoked {
            return VerificationCheck(check: .status, result: .fail, code: .revoked, message: "The assertion itself is marked revoked.")
        }
        guard let listIRI = issuer?["revocationList"]?.stringValue else {
            let known = issuer == nil ? "the issuer profile is not held locally" : "the issuer publishes no revocation list"
            return VerificationCheck(check: .status, result: issuer == nil ? .unknown : .skipped,
                                     code: issuer == nil ? .statusUnknown : nil, message: "Revocation not checked: \(known).")
        }
        guard let list = documents(listIRI) else {
            return VerificationCheck(check: .status, result: .unknown, code: .statusUnknown,
                                     message: "The revocation list \(listIRI) is not cached; revocation cannot be checked offline.")
        }
        for entry in list["revokedAssertions"]?.asList ?? [] where (entry.stringValue ?? entry["id"]?.stringValue) == assertion.id {
            let reason = entry["revocationReason"]?.stringValue.map { ": \($0)" } ?? ""
            return VerificationCheck(check: .status, result: .fail, code: .revoked, message: "Revoked by the issuer\(reason).")
        }
        return VerificationCheck(check: .status, result: .pass, message: "Not on the issuer's cached revocation list.")
    }

    private func unknownIssuer(_ message: String) -> VerificationCheck {
        VerificationCheck(check: .issuer, result: .unknown, code: .keyUnresolvable, message: message)
    }
}
