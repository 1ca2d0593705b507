/// Checks a credential against the CMF rules; never converts hours and ECTS into each other.
public struct CMFChecker: Sendable {
    public var band: CMFBand

    public init(band: CMFBand = .policy2021) {
        self.band = band
    }

    public func check(_ c: StackingCredential) -> CMFConformance {
        typealias Check = CMFConformance.Check
        let hours = c.workload(in: .hours)
        let ects = c.workload(in: .ects)
        var checks: [Check] = []
        checks.append(hoursCheck("R1", "Workload at least 100 hours", hours) { $0 >= 100 })
        checks.append(hoursCheck("R2", "Workload at most 150 hours", hours) { $0 <= 150 })
        if let ects {
            let hundredths = Credit.hundredths(ects)
            let ok = (400...600).contains(hundredths)
            checks.append(Check(rule: "R3", title: "4–6 ECTS", verdict: ok ? .meets : .fails, why: "\(Credit.text(hundredths)) ECTS\(ok ? "" : " is outside 4–6")"))
        } else {
            checks.append(Check(rule: "R3", title: "4–6 ECTS", verdict: .notStated, why: "no ECTS stated (hours are never converted)"))
        }
        checks.append(levelCheck(c.eqfLevel, hasECTS: ects != nil))
        checks.append(flag("R5", "Summative assessment", c.summativeAssessment, yes: "summative", no: "not summative"))
        checks.append(flag("R6", "Identity verified at assessment", c.identityVerified, yes: "identity verified", no: "identity not verified"))
        checks.append(transcript(c))
        let qa = !c.qualityAssurance.isEmpty
        checks.append(Check(rule: "R9", title: "Quality-assured, credit-awarding body", verdict: qa ? .meets : .notStated,
                            why: qa ? "quality assurance: \(c.qualityAssurance.joined(separator: ", "))" : "no quality assurance stated"))
        return CMFConformance(credential: c.id, checks: checks, band: bandRange)
    }

    private var bandRange: ClosedRange<Int> { band == .policy2021 ? 5...8 : 6...7 }

    private func hoursCheck(_ rule: String, _ title: String, _ hours: Double?, _ test: (Double) -> Bool) -> CMFConformance.Check {
        guard let hours else { return .init(rule: rule, title: title, verdict: .notStated, why: "no hours stated (ECTS are never converted)") }
        let text = Credit.text(Credit.hundredths(hours))
        return .init(rule: rule, title: title, verdict: test(hours) ? .meets : .fails, why: "\(text) h")
    }

    private func levelCheck(_ eqf: Int?, hasECTS: Bool) -> CMFConformance.Check {
        let title = "EQF level \(bandRange.lowerBound)–\(bandRange.upperBound)\(band == .report2020 ? " (or 4–5 with ECTS)" : "")"
        guard let eqf else { return .init(rule: "R4", title: title, verdict: .notStated, why: "no EQF level stated") }
        if bandRange.contains(eqf) { return .init(rule: "R4", title: title, verdict: .meets, why: "EQF \(eqf)") }
        if band == .report2020, (4...5).contains(eqf) {
            return .init(rule: "R4", title: title, verdict: hasECTS ? .meets : .fails,
                         why: hasECTS ? "EQF \(eqf) with ECTS (edge case of the 2020 text)" : "EQF \(eqf) without ECTS")
        }
        return .init(rule: "R4", title: title, verdict: .fails, why: "EQF \(eqf) is outside the band")
    }

    private func flag(_ rule: String, _ title: String, _ value: Bool?, yes: String, no: String) -> CMFConformance.Check {
        guard let value else { return .init(rule: rule, title: title, verdict: .notStated, why: "not stated") }
        return .init(rule: rule, title: title, verdict: value ? .meets : .fails, why: value ? yes : no)
    }

    private func transcript(_ c: StackingCredential) -> CMFConformance.Check {
        var missing: [String] = []
        if c.title.isEmpty { missing.append("title") }
        if c.workload.isEmpty { missing.append("workload") }
        if c.eqfLevel == nil { missing.append("EQF level") }
        let title = "Transcript: title, workload, level"
        return .init(rule: "R7", title: title, verdict: missing.isEmpty ? .meets : .notStated,
                     why: missing.isEmpty ? "stated" : "missing \(missing.joined(separator: ", "))")
    }
}
