import Foundation
import WalletFormats
import WalletJSON
import WalletModel

/// Reads Europass Digital Credentials (ELM v3): JAdES-sealed (JWS JSON serialisation, `b64:false`,
/// `x5c`) or unsigned, verifies the seal offline and maps every EU standard element.
///
/// Trust in the EU trusted lists (that the sealing certificate is a qualified e-seal of the issuer)
/// cannot be checked offline: the `trust` check is always `unknown`, never `pass`.
public struct EuropassVerifier: Sendable {
    public init() {}

    /// Whether `object` is a JAdES-sealed document or an unsigned EDC.
    public static func recognises(_ object: JSONObject) -> Bool {
        if object["payload"]?.stringValue != nil, object["signatures"] != nil || object["signature"] != nil {
            return true
        }
        return ELMRecordMapper.isEuropass(object)
    }

    /// Parses and verifies the file bytes, evaluating validity at `date`.
    public func inspect(_ data: Data, at date: Date) throws(InspectionError) -> Inspection {
        let document: JSONObject
        do {
            guard let object = try JSONParser().parse(data).objectValue else {
                throw InspectionError.malformed("a Europass credential must be a JSON object")
            }
            document = object
        } catch let error as InspectionError { throw error } catch {
            throw .malformed("not valid JSON: \(error)")
        }
        if document["payload"] != nil { return try inspectSealed(document, original: data, at: date) }
        guard ELMRecordMapper.isEuropass(document) else { throw .unrecognisedFormat("not a Europass EDC") }
        let checks = [
            VerificationCheck(check: .format, result: .pass, message: "A well-formed Europass EDC (unsigned)."),
            VerificationCheck(check: .proof, result: .unknown, code: .noProof, message: "The credential is not sealed: nothing can be verified."),
            validity(document, at: date),
        ]
        return inspection(credential: document, checks: checks, original: data, at: date)
    }

    private func inspectSealed(_ document: JSONObject, original: Data, at date: Date) throws(InspectionError) -> Inspection {
        let signatures: [JWSJSONSignature]
        do { signatures = try JWSJSONSignature.parseAll(document) } catch { throw .malformed(error.message) }
        let credential: JSONObject
        do {
            guard let object = try JSONParser().parse(signatures[0].payload).objectValue else {
                throw InspectionError.malformed("the sealed payload is not a JSON object")
            }
            credential = object
        } catch let error as InspectionError { throw error } catch {
            throw .malformed("the sealed payload is not valid JSON: \(error)")
        }
        let issued = (credential["issuanceDate"] ?? credential["issued"])?.stringValue.flatMap(XSDDateTime.parseDateOrDateTime)
        let seals = signatures.map { JAdESSealCheck($0, fallbackSigningTime: issued) }
        var checks = [VerificationCheck(check: .format, result: .pass,
                                        message: "A JAdES-sealed Europass credential (\(seals.count) signature\(seals.count == 1 ? "" : "s")).")]
        checks += Self.strictest(seals.map(\.proof)) + Self.strictest(seals.map(\.issuer))
        checks.append(validity(credential, at: date))
        checks.append(statusCheck(credential))
        checks += Self.strictest(signatures.map { JAdESChainCheck.trust($0.protectedHeader) })
        return inspection(credential: credential, checks: checks, original: original, at: date)
    }

    /// The worst of several checks of one kind (any fail, else any unknown, else the first pass).
    static func strictest(_ checks: [VerificationCheck]) -> [VerificationCheck] {
        let worst = checks.first { $0.result == .fail } ?? checks.first { $0.result == .unknown } ?? checks.first
        return worst.map { [$0] } ?? []
    }

    private func validity(_ credential: JSONObject, at date: Date) -> VerificationCheck {
        let start = (credential["validFrom"] ?? credential["issuanceDate"])?.stringValue.flatMap(XSDDateTime.parseDateOrDateTime)
        let end = (credential["validUntil"] ?? credential["expirationDate"])?.stringValue.flatMap(XSDDateTime.parseDateOrDateTime)
        return ValidityPeriodCheck.check(notBefore: start, notAfter: end, at: date)
    }

    private func statusCheck(_ credential: JSONObject) -> VerificationCheck {
        guard credential["credentialStatus"] != nil else {
            return VerificationCheck(check: .status, result: .skipped, message: "The credential declares no status service.")
        }
        return VerificationCheck(check: .status, result: .unknown, code: .statusUnknown,
                                 message: "Revocation status cannot be checked offline without a cached status list.")
    }

    private func inspection(credential: JSONObject, checks: [VerificationCheck], original: Data, at date: Date) -> Inspection {
        let report = VerificationReport(status: VerificationReport.status(for: checks), checks: checks, checkedAt: date)
        return Inspection(format: .europass, record: ELMRecordMapper.record(from: credential), verification: report, original: original)
    }
}
