import Foundation
import WalletFormats
import WalletJSON
import WalletModel

/// Resolves an IRI to a cached JSON document (BadgeClass, Profile, CryptographicKey, RevocationList).
///
/// A seam: the wallet's user-managed cache answers it; nil means "not held locally".
public typealias DocumentLookup = @Sendable (String) -> JSONObject?

/// Reads and verifies Open Badges 2.0 assertions offline.
///
/// Signed assertions (a compact JWS, RS256) verify with the issuer key when the key document is held
/// locally. Hosted assertions can only be checked on the issuer's server, so they are imported as
/// `unverifiable` with the code `hosted-badge` — never as verified.
public struct OpenBadges2Verifier: Sendable {
    public var documents: DocumentLookup

    public init(documents: @escaping DocumentLookup = { _ in nil }) {
        self.documents = documents
    }

    /// Whether `data` is an OB 2.0 assertion (JSON) or a JWS whose payload is one.
    public static func recognises(_ data: Data) -> Bool {
        if CompactJWS.looksLikeCompact(data), let jws = try? CompactJWS(data), let payload = try? jws.payloadObject() {
            return OpenBadges2Assertion.looksLikeAssertion(payload)
        }
        guard let object = try? JSONParser().parse(data).objectValue else { return false }
        return OpenBadges2Assertion.looksLikeAssertion(object)
    }

    /// Parses and verifies an assertion (JSON or compact JWS), evaluating validity at `date`.
    public func inspect(_ data: Data, at date: Date) throws(InspectionError) -> Inspection {
        if CompactJWS.looksLikeCompact(data) {
            let jws: CompactJWS
            let payload: JSONObject
            do {
                jws = try CompactJWS(data)
                payload = try jws.payloadObject()
            } catch { throw .malformed(error.message) }
            return try inspect(assertionJSON: payload, jws: jws, original: data, at: date)
        }
        let object: JSONObject
        do {
            guard let parsed = try JSONParser().parse(data).objectValue else {
                throw InspectionError.malformed("an Open Badges 2.0 assertion must be a JSON object")
            }
            object = parsed
        } catch let error as InspectionError { throw error } catch {
            throw .malformed("not valid JSON: \(error)")
        }
        return try inspect(assertionJSON: object, jws: nil, original: data, at: date)
    }

    private func inspect(
        assertionJSON: JSONObject, jws: CompactJWS?, original: Data, at date: Date
    ) throws(InspectionError) -> Inspection {
        let assertion: OpenBadges2Assertion
        do { assertion = try OpenBadges2Assertion(assertionJSON) } catch { throw .malformed(error.description) }
        let badge = assertion.embeddedBadge ?? assertion.badgeIRI.flatMap(documents)
        let issuer = badge?["issuer"]?.objectValue ?? badge?["issuer"]?.stringValue.flatMap(documents)
        let record = OpenBadges2RecordMapper.record(assertion: assertion, badgeClass: badge, issuer: issuer)
        var checks = [VerificationCheck(check: .format, result: .pass, message: "A well-formed Open Badges 2.0 assertion.")]
        if let jws {
            checks += OpenBadges2SignedCheck(documents: documents).checks(jws, assertion: assertion, issuer: issuer)
        } else {
            checks += hostedChecks(assertion)
        }
        checks.append(ValidityPeriodCheck.check(notBefore: nil, notAfter: assertion.expires, at: date))
        checks.append(OpenBadges2SignedCheck(documents: documents).statusCheck(assertion, issuer: issuer))
        let report = VerificationReport(status: VerificationReport.status(for: checks), checks: checks, checkedAt: date)
        return Inspection(format: .openBadges2, record: record, verification: report, original: original)
    }

    private func hostedChecks(_ assertion: OpenBadges2Assertion) -> [VerificationCheck] {
        let reason = assertion.verification == .signed
            ? "This assertion says it is signed, but it arrived as plain JSON without its signature; import the signed (JWS) form to verify it."
            : "Hosted badge: it can only be verified by fetching \(assertion.id) from the issuer's server, which cairn does not do offline."
        return [
            VerificationCheck(check: .proof, result: .unknown, code: .hostedBadge, message: reason),
            VerificationCheck(check: .issuer, result: .unknown, code: .hostedBadge, message: "The issuer cannot be confirmed offline for a hosted badge."),
        ]
    }
}
