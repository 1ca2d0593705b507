import Foundation
import WalletJSON
import WalletModel

/// Finds the key for a JOSE-secured credential and says how far it is tied to the issuer.
///
/// Order: the `kid` header (resolved offline), else an embedded `jwk` header, else the issuer's own
/// identifier (did:key / did:jwk, or a key the user pinned for that issuer). An embedded `jwk` proves
/// integrity only: the issuer check stays `unknown` unless the same key is known for the issuer.
struct JWTKeyBinding {
    let key: JWSVerificationKey?
    let proofProblem: VerificationCheck?
    let issuerCheck: VerificationCheck
    let keyDescription: String

    static func resolve(header: JSONObject, issuerID: String?, lookup: JWKLookup) -> JWTKeyBinding {
        let issuerKey = issuerID.flatMap { id in lookup(id).flatMap { try? JWSKeyReader.key(jwk: $0) } }
        if let kid = header["kid"]?.stringValue { return JWTKeyBinding(kid: kid, issuerID: issuerID, lookup: lookup) }
        if let jwk = header["jwk"]?.objectValue {
            return JWTKeyBinding(embedded: jwk, issuerID: issuerID, issuerKey: issuerKey)
        }
        if let issuerKey, let issuerID {
            return JWTKeyBinding(
                key: issuerKey, proofProblem: nil,
                issuerCheck: pass("The key was resolved from the issuer identifier \(issuerID)."),
                keyDescription: "the key of \(issuerID)")
        }
        return JWTKeyBinding(
            key: nil,
            proofProblem: VerificationCheck(
                check: .proof, result: .unknown, code: .keyUnresolvable,
                message: "The token names no key (no kid or jwk header) and the issuer \(issuerID ?? "(none)") has no key cairn can resolve offline."),
            issuerCheck: unknown(.keyUnresolvable, "The issuer's key is not known offline."),
            keyDescription: "no key")
    }

    private init(key: JWSVerificationKey?, proofProblem: VerificationCheck?, issuerCheck: VerificationCheck, keyDescription: String) {
        self.key = key
        self.proofProblem = proofProblem
        self.issuerCheck = issuerCheck
        self.keyDescription = keyDescription
    }

    private init(kid: String, issuerID: String?, lookup: JWKLookup) {
        keyDescription = "key \(kid)"
        guard let jwk = lookup(kid) else {
            key = nil
            proofProblem = VerificationCheck(
                check: .proof, result: .unknown, code: .keyUnresolvable,
                message: "The signing key \(kid) cannot be resolved offline; add it to the key cache to verify.")
            issuerCheck = Self.unknown(.keyUnresolvable, "The issuer's key is not known offline.")
            return
        }
        do {
            key = try JWSKeyReader.key(jwk: jwk)
            proofProblem = nil
        } catch {
            key = nil
            proofProblem = VerificationCheck(check: .proof, result: .unknown, code: error.failureCode, message: error.message)
        }
        let controller = String(kid.split(separator: "#", maxSplits: 1).first ?? Substring(kid))
        if let issuerID, controller == issuerID {
            issuerCheck = Self.pass("The signing key \(kid) belongs to the issuer \(issuerID).")
        } else if let issuerID, controller.hasPrefix("did:"), issuerID.hasPrefix("did:") {
            issuerCheck = VerificationCheck(
                check: .issuer, result: .fail, code: .issuerKeyMismatch,
                message: "The signing key \(kid) belongs to \(controller), not to the issuer \(issuerID).")
        } else {
            issuerCheck = Self.unknown(.untrustedIssuer, "The signing key \(kid) is not shown to belong to the issuer \(issuerID ?? "(none)").")
        }
    }

    private init(embedded jwk: JSONObject, issuerID: String?, issuerKey: JWSVerificationKey?) {
        keyDescription = "the key embedded in the token header"
        do {
            let embedded = try JWSKeyReader.key(jwk: jwk)
            key = embedded
            proofProblem = nil
            if let issuerKey, issuerKey.sameKey(as: embedded) {
                issuerCheck = Self.pass("The embedded key is the known key of the issuer \(issuerID ?? "").")
            } else if issuerKey != nil {
                issuerCheck = VerificationCheck(
                    check: .issuer, result: .fail, code: .issuerKeyMismatch,
                    message: "The embedded key differs from the key known for the issuer \(issuerID ?? "").")
            } else {
                issuerCheck = Self.unknown(
                    .untrustedIssuer,
                    "Signed with a key embedded in the token: this proves the token is intact, not who issued it; the key is not known for \(issuerID ?? "the issuer").")
            }
        } catch {
            key = nil
            proofProblem = VerificationCheck(check: .proof, result: .unknown, code: error.failureCode, message: error.message)
            issuerCheck = Self.unknown(.keyUnresolvable, "The embedded key cannot be used.")
        }
    }

    private static func pass(_ message: String) -> VerificationCheck {
        VerificationCheck(check: .issuer, result: .pass, message: message)
    }

    private static func unknown(_ code: FailureCode, _ message: String) -> VerificationCheck {
        VerificationCheck(check: .issuer, result: .unknown, code: code, message: message)
    }
}
