import Foundation
import WalletModel

/// A credential's standing in one pathway before allocation.
struct Screening {
    var credit: Int?
    var rejection: Rejection?
    var notes: [CredentialNote] = []
}

/// A reason a credential cannot count, decided before allocation.
struct Rejection {
    var code: ReasonCode
    var text: String
}

/// Applies a pathway's units and `[eligibility]` filters to one credential.
struct CredentialScreen {
    let pathway: Pathway
    /// The date validity and recency are judged at today.
    let asOf: Date
    /// The application date, when the pathway judges recency then.
    let applicationDate: Date?
    /// The `[eligibility]` recency cutoff, computed once rather than per credential.
    let eligibilityCutoff: Date?

    init(pathway: Pathway, asOf: Date, applicationDate: Date?) {
        self.pathway = pathway
        self.asOf = asOf
        self.applicationDate = applicationDate
        eligibilityCutoff = pathway.eligibility.issuedWithin.map { CalendarDate.cutoff(asOf, window: $0) }
    }

    func screen(_ c: StackingCredential) -> Screening {
        var result = Screening()
        result.credit = credit(of: c, notes: &result.notes)
        result.rejection = statusRejection(c) ?? (result.credit == nil ? noCredit(c) : nil)
            ?? filterRejection(c) ?? recencyRejection(c, window: pathway.eligibility.issuedWithin, label: "eligibility", notes: &result.notes)
        return result
    }

    /// The credit in the pathway's unit: stated directly, or by a rate the pathway declares.
    func credit(of c: StackingCredential, notes: inout [CredentialNote]) -> Int? {
        let units = pathway.units
        switch units.credit {
        case "ECTS":
            let hours = c.workload(in: .hours)
            if let ects = c.workload(in: .ects) {
                let stated = Credit.hundredths(ects)
                if let hours, let rate = units.hoursPerCredit, rate > 0 {
                    let implied = Int((hours * 100 * 100 / Double(rate)).rounded())
                    if implied != stated {
                        notes.append(CredentialNote(credential: c.id, code: .unitInconsistency, text: "\(Credit.text(stated)) ECTS declared but \(Credit.text(Credit.hundredths(hours))) h at \(Credit.text(rate)) h/ECTS is \(Credit.text(implied)) ECTS; the declared ECTS counts"))
                    }
                }
                return stated
            }
            if let hours, let rate = units.hoursPerCredit, rate > 0 {
                return Int((hours * 100 * 100 / Double(rate)).rounded(.down))
            }
            return converted(c)
        case "hours":
            if let hours = c.workload(in: .hours) { return Credit.hundredths(hours) }
            if let ects = c.workload(in: .ects), let rate = units.hoursPerCredit { return Credit.hundredths(ects) * rate / 100 }
            return converted(c)
        default:
            if let value = c.workload(in: .other(units.credit)) { return Credit.hundredths(value) }
            return converted(c)
        }
    }

    private func converted(_ c: StackingCredential) -> Int? {
        for workload in c.workload {
            if let rate = pathway.units.conversions[workload.unit.description] {
                return Credit.hundredths(workload.value) * rate / 100
            }
        }
        return nil
    }

    private func noCredit(_ c: StackingCredential) -> Rejection {
        let stated = c.workload.map { "\(Credit.text(Credit.hundredths($0.value))) \($0.unit)" }
        let what = stated.isEmpty ? "no workload stated" : "workload \(stated.joined(separator: ", "))"
        return Rejection(code: .noCreditValue, text: "\(what); this pathway counts \(pathway.units.credit) and declares no conversion for it")
    }

    private func statusRejection(_ c: StackingCredential) -> Rejection? {
        let rules = pathway.eligibility
        if c.status == .revoked { return Rejection(code: .revoked, text: "revoked by the issuer") }
        if c.tampered {
            return Rejection(code: .notVerified, text: "its issuer signature failed verification, so its stated facts cannot be trusted")
        }
        if !rules.statusIn.contains(c.status) {
            return Rejection(code: .ineligible, text: "status \(c.status.rawValue) is not accepted")
        }
        if rules.verifiedOnly && !c.verified {
            return Rejection(code: .notVerified, text: "this pathway counts only verified credentials")
        }
        if rules.requireValid, let until = c.validUntil, until < asOf {
            return Rejection(code: .expired, text: "expired on \(CalendarDate.text(until))")
        }
        return nil
    }
}
