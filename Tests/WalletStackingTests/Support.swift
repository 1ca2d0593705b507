import Foundation
import WalletModel
@testable import WalletStacking

/// Builders for compact scenario tables.
enum Fixture {
    static let day = CalendarDate.make(year: 2025, month: 6, day: 1) ?? Date(timeIntervalSince1970: 0)

    static func credential(
        _ id: String, _ ects: Double? = nil, eqf: Int? = nil, subjects: [String] = [], tags: [String] = [],
        setting: String? = nil, hours: Double? = nil, status: CredentialStatus = .earned, grade: String? = nil,
        track: String? = nil, issued: String? = nil, summative: Bool? = true, idVerified: Bool? = true,
        type: String? = nil, achievement: String? = nil, issuer: String? = nil, skills: [String] = [],
        hasPart: [String] = [], isPartOf: [String] = [], verified: Bool = true
    ) -> StackingCredential {
        var workload: [Workload] = []
        if let ects { workload.append(Workload(value: ects, unit: .ects)) }
        if let hours { workload.append(Workload(value: hours, unit: .hours)) }
        return StackingCredential(
            id: id, title: id, workload: workload, eqfLevel: eqf, summativeAssessment: summative,
            identityVerified: idVerified, subjects: subjects, tags: tags.map { $0.lowercased() }, skills: skills,
            issuerID: issuer, setting: setting, credentialType: type, achievementID: achievement,
            issued: issued.flatMap(CalendarDate.parse) ?? CalendarDate.make(year: 2024, month: 1, day: 1),
            status: status, verified: verified, grade: grade, track: track, hasPart: hasPart, isPartOf: isPartOf)
    }

    /// A pathway from the body of a TOML file (header added).
    static func pathway(_ body: String, id: String = "p") throws -> Pathway {
        let text = """
        schema = "stackability.pathway/0.1"
        id = "\(id)"
        kind = "test"
        title = "Test \(id)"
        \(body)
        """
        return try PathwayCatalogue.parse(text)
    }

    /// The solver's problem for `pathway` against `credentials` on the fixture day (no pins, no sharing).
    static func problem(_ pathway: Pathway, _ credentials: [StackingCredential]) -> Problem {
        ProblemBuilder(pathway: pathway, credentials: credentials, context: ProblemContext(auditDate: day)).build().problem
    }

    static func run(_ body: String, _ credentials: [StackingCredential], at date: Date = day, pins: [Pin] = []) throws -> PathwayResult {
        let engine = StackingEngine(catalogue: PathwayCatalogue(pathways: [try pathway(body)]))
        guard let result = engine.evaluate(credentials, at: date, pins: pins).first else {
            throw FixtureError.noResult
        }
        return result
    }

    /// A pool requirement in TOML.
    static func pool(_ id: String, min: Double? = nil, max: Double? = nil, count: Int? = nil, match: String = "{}", extra: String = "") -> String {
        var ects = ""
        if min != nil || max != nil {
            ects = "ects = { " + [min.map { "min = \($0)" }, max.map { "max = \($0)" }].compactMap { $0 }.joined(separator: ", ") + " }\n"
        }
        return """
        [[requirement]]
        id = "\(id)"
        type = "pool"
        label = "\(id)"
        match = \(match)
        \(ects)\(count.map { "count = { min = \($0) }\n" } ?? "")\(extra)

        """
    }
}

enum FixtureError: Error { case noResult }

extension PathwayResult {
    /// Credential ids counted in a requirement, sorted.
    func ids(_ requirement: String) -> [String] { (self.requirement(requirement)?.credentials ?? []).sorted() }
    func code(_ credential: String) -> ReasonCode? { reason(for: credential)?.code }
}
