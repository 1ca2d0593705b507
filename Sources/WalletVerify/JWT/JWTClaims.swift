import Foundation
import WalletFormats
import WalletJSON
import WalletModel

/// The credential inside a VC-JWT and the registered claims around it.
///
/// Two shapes: the VC 1.1 / OB 3.0 JWT form, where the credential is the `vc` claim, and the VC-JOSE
/// (`vc+jwt`) / OB 3.0.3 form, where the payload is the credential itself plus `iss`, `sub`, … claims.
struct JWTClaims {
    let payload: JSONObject
    let credential: JSONObject
    /// True for the `vc` claim form.
    let wrapped: Bool

    init(payload: JSONObject) throws(InspectionError) {
        self.payload = payload
        if let vc = payload["vc"] {
            guard let object = vc.objectValue else { throw .malformed("the JWT \"vc\" claim is not an object") }
            credential = object
            wrapped = true
        } else if payload["@context"] != nil, Self.types(payload).contains("VerifiableCredential") {
            credential = payload
            wrapped = false
        } else {
            throw .unrecognisedFormat("the JWT carries no verifiable credential (no \"vc\" claim, not a vc+jwt payload)")
        }
    }

    var issuerID: String? {
        let issuer = credential["issuer"]
        return issuer?.stringValue ?? issuer?["id"]?.stringValue ?? payload["iss"]?.stringValue
    }

    var subjectID: String? { credential["credentialSubject"]?.asList.first?["id"]?.stringValue }

    /// Registered claims that contradict the credential (VC-JOSE-COSE §3.1.3, OB 3.0 §8.2.4).
    var conflicts: [String] {
        var problems: [String] = []
        func compare(_ claim: String, _ value: String?, _ name: String) {
            if let claimed = payload[claim]?.stringValue, let value, claimed != value {
                problems.append("\"\(claim)\" is \(claimed) but \(name) is \(value)")
            }
        }
        let credentialIssuer = credential["issuer"]?.stringValue ?? credential["issuer"]?["id"]?.stringValue
        compare("iss", credentialIssuer, "the issuer")
        compare("sub", subjectID, "credentialSubject.id")
        compare("jti", credential["id"]?.stringValue, "the credential id")
        if !wrapped && payload["vp"] != nil { problems.append("a vc+jwt payload must not carry a \"vp\" claim") }
        return problems
    }

    /// The stricter of `nbf` and the credential's start date.
    var notBefore: Date? {
        let start = credential["validFrom"]?.stringValue ?? credential["issuanceDate"]?.stringValue
        return ValidityPeriodCheck.later(numericDate("nbf"), start.flatMap(XSDDateTime.parseDateOrDateTime))
    }

    /// The stricter of `exp` and the credential's end date.
    var notAfter: Date? {
        let end = credential["validUntil"]?.stringValue ?? credential["expirationDate"]?.stringValue
        return ValidityPeriodCheck.earlier(numericDate("exp"), end.flatMap(XSDDateTime.parseDateOrDateTime))
    }

    private func numericDate(_ claim: String) -> Date? {
        payload[claim]?.doubleValue.map { Date(timeIntervalSince1970: $0) }
    }

    static func types(_ object: JSONObject) -> [String] {
        object["type"]?.asList.compactMap(\.stringValue) ?? []
    }
}
