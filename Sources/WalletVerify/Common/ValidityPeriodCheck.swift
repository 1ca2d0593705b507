import Foundation
import WalletFormats
import WalletModel

/// The `validity` check shared by the JOSE-based verifiers: is `date` inside [notBefore, notAfter)?
enum ValidityPeriodCheck {
    /// One check: fail `not-yet-valid` / `expired`, else pass (or skipped when no dates are stated).
    static func check(notBefore: Date?, notAfter: Date?, at date: Date) -> VerificationCheck {
        if let notBefore, date < notBefore {
            return VerificationCheck(
                check: .validity, result: .fail, code: .notYetValid,
                message: "Not valid before \(XSDDateTime.format(notBefore)) (checked at \(XSDDateTime.format(date))).")
        }
        if let notAfter, date >= notAfter {
            return VerificationCheck(
                check: .validity, result: .fail, code: .expired,
                message: "Expired on \(XSDDateTime.format(notAfter)) (checked at \(XSDDateTime.format(date))).")
        }
        if notBefore == nil && notAfter == nil {
            return VerificationCheck(check: .validity, result: .skipped, message: "No validity period is stated.")
        }
        return VerificationCheck(check: .validity, result: .pass, message: "Within its validity period.")
    }

    /// The later of two optional start dates (the stricter bound).
    static func later(_ a: Date?, _ b: Date?) -> Date? {
        switch (a, b) {
        case let (a?, b?): max(a, b)
        default: a ?? b
        }
    }

    /// The earlier of two optional end dates (the stricter bound).
    static func earlier(_ a: Date?, _ b: Date?) -> Date? {
        switch (a, b) {
        case let (a?, b?): min(a, b)
        default: a ?? b
        }
    }
}
