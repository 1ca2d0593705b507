import Foundation
import WalletFormats
import WalletJSON
import WalletModel

/// The `validity` check: `validFrom`/`validUntil` (VC 2.0) or `issuanceDate`/`expirationDate`
/// (VC 1.1) against the evaluation time. Expired or not-yet-valid fails with its own code; it is a
/// validation result, not a signature failure.
public enum ValidityChecker {
    public static func check(_ credential: JSONObject, at date: Date) -> VerificationCheck {
        let v2 = VCFormatDetector.dataModelVersion(of: credential) != 1
        let startName = v2 ? "validFrom" : "issuanceDate"
        let endName = v2 ? "validUntil" : "expirationDate"
        var start: Date?
        var end: Date?
        for (name, slot) in [(startName, 0), (endName, 1)] {
            guard let value = credential[name] else { continue }
            guard let text = value.stringValue, let parsed = XSDDateTime.parse(text, requireZone: v2) else {
                return VerificationCheck(
                    check: .validity, result: .fail, code: .malformed,
                    message: "\(name) is not a date-time\(v2 ? " with a time zone" : "").")
            }
            if slot == 0 { start = parsed } else { end = parsed }
        }
        return verdict(start: start, end: end, names: (startName, endName), at: date)
    }

    static func verdict(start: Date?, end: Date?, names: (String, String), at date: Date) -> VerificationCheck {
        let stamp = UTCStamp()
        if let start, let end, end < start {
            return VerificationCheck(check: .validity, result: .fail, code: .malformed, message: "\(names.1) is before \(names.0).")
        }
        if let start, date < start {
            return VerificationCheck(
                check: .validity, result: .fail, code: .notYetValid,
                message: "Not valid until \(stamp.string(from: start)) (checked at \(stamp.string(from: date))).")
        }
        if let end, date > end {
            return VerificationCheck(
                check: .validity, result: .fail, code: .expired,
                message: "Expired on \(stamp.string(from: end)) (checked at \(stamp.string(from: date))).")
        }
        let period = end.map { "valid until \(stamp.string(from: $0))" } ?? "no expiry date"
        return VerificationCheck(check: .validity, result: .pass, message: "Within its validity period (\(period)).")
    }
}

/// Formats dates for messages without an `ISO8601DateFormatter` per call (slow on Linux).
struct UTCStamp {
    func string(from date: Date) -> String { XSDDateTime.format(date) }
}
