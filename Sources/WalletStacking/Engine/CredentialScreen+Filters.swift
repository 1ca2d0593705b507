import Foundation

extension CredentialScreen {
    /// The first failed `[eligibility]` clause, with a specific code where one exists.
    func filterRejection(_ c: StackingCredential) -> Rejection? {
        let rules = pathway.eligibility
        if let low = rules.eqfMin {
            guard let eqf = c.eqfLevel else { return Rejection(code: .ineligible, text: "EQF level not stated (band \(band))") }
            if eqf < low { return Rejection(code: .ineligible, text: "EQF \(eqf) below the band \(band)") }
        }
        if let high = rules.eqfMax, let eqf = c.eqfLevel, eqf > high {
            return Rejection(code: .ineligible, text: "EQF \(eqf) above the band \(band)")
        }
        if rules.assessment.contains("summative") && c.summativeAssessment != true {
            let how = c.summativeAssessment == false ? "the assessment is not summative" : "summative assessment not stated"
            return Rejection(code: .assessmentNotSummative, text: how)
        }
        if rules.identityVerified && c.identityVerified != true {
            return Rejection(code: .identityNotVerified, text: "identity verification at assessment not stated")
        }
        if !rules.qualityAssurance.isEmpty && !qualityMatches(c, rules.qualityAssurance) {
            return Rejection(code: .ineligible, text: "quality assurance \(Predicate.list(c.qualityAssurance)) not in \(Predicate.list(rules.qualityAssurance))")
        }
        if !rules.settingIn.isEmpty && !Predicate.overlaps([c.setting].compactMap { $0 }, rules.settingIn) {
            return Rejection(code: .ineligible, text: "setting \(c.setting ?? "not stated") not in \(Predicate.list(rules.settingIn))")
        }
        if !rules.issuerTypeIn.isEmpty && !Predicate.overlaps([c.issuerType].compactMap { $0 }, rules.issuerTypeIn) {
            return Rejection(code: .ineligible, text: "issuer type \(c.issuerType ?? "not stated") not in \(Predicate.list(rules.issuerTypeIn))")
        }
        return nil
    }

    private var band: String {
        "\(pathway.eligibility.eqfMin.map(String.init) ?? "…")–\(pathway.eligibility.eqfMax.map(String.init) ?? "…")"
    }

    /// QA terms match when one contains the other ("esg-agency" ~ "esg agency review").
    private func qualityMatches(_ c: StackingCredential, _ wanted: [String]) -> Bool {
        let normal: (String) -> String = { String($0.lowercased().map { $0 == "-" ? " " : $0 }) }
        let terms = wanted.map(normal)
        return c.qualityAssurance.contains { held in
            let term = normal(held)
            return terms.contains { term.contains($0) || $0.contains(term) }
        }
    }

    /// Calendar recency (S7): counts if issued on or after `as_of` minus the window.
    func recencyRejection(_ c: StackingCredential, window: Recency?, label: String, notes: inout [CredentialNote]) -> Rejection? {
        guard let window else { return nil }
        guard let issued = c.issued else {
            return Rejection(code: .tooOld, text: "issue date not stated; \(label) needs it within \(describe(window))")
        }
        let issuedDay = CalendarDate.day(issued)
        let cutoff = (window == pathway.eligibility.issuedWithin ? eligibilityCutoff : nil) ?? CalendarDate.cutoff(asOf, window: window)
        if issuedDay < cutoff {
            return Rejection(code: .tooOld, text: "issued \(CalendarDate.text(issuedDay)), cutoff \(CalendarDate.text(cutoff)) (\(label): within \(describe(window)))")
        }
        if let applicationDate {
            let later = CalendarDate.cutoff(applicationDate, window: window)
            if issuedDay < later {
                notes.append(CredentialNote(credential: c.id, code: .willLapseBeforeApplication, text: "issued \(CalendarDate.text(issuedDay)); counts today but is older than \(describe(window)) at the application date \(CalendarDate.text(applicationDate))"))
            }
        }
        return nil
    }

    private func describe(_ window: Recency) -> String {
        var parts: [String] = []
        if window.years > 0 { parts.append("\(window.years) year\(window.years == 1 ? "" : "s")") }
        if window.months > 0 { parts.append("\(window.months) month\(window.months == 1 ? "" : "s")") }
        return parts.joined(separator: " ")
    }
}
