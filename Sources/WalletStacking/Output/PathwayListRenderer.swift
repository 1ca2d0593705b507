import Foundation

/// `cairn pathways`: the catalogue as text or as JSON-ready summaries.
public struct PathwaySummary: Codable, Equatable, Sendable {
    public var id: String
    public var title: String
    public var kind: String
    public var version: String?
    /// "built-in:FILE" or the file path it was loaded from.
    public var origin: String
    public var requiredECTS: Double
    public var requirements: Int

    enum CodingKeys: String, CodingKey {
        case id, title, kind, version, origin, requirements
        case requiredECTS = "required_ects"
    }

    public init(_ pathway: Pathway) {
        id = pathway.id
        title = pathway.title
        kind = pathway.kind
        version = pathway.version
        origin = pathway.origin
        requiredECTS = Credit.double(pathway.declaredTotal ?? ProgrammeSize.derive(pathway))
        requirements = pathway.requirements.count + pathway.constraints.count
    }
}

public struct PathwayListRenderer: Sendable {
    public init() {}

    public func summaries(_ catalogue: PathwayCatalogue) -> [PathwaySummary] {
        catalogue.pathways.map(PathwaySummary.init)
    }

    /// One line per pathway: kind, size, title, id and origin.
    public func render(_ catalogue: PathwayCatalogue) -> String {
        let rows = summaries(catalogue).map { summary in
            let size = Credit.text(Credit.hundredths(summary.requiredECTS))
            return "\(summary.kind.padding(toLength: 20, withPad: " ", startingAt: 0)) \(size.leftPadded(5)) ECTS  \(summary.title)\n    \(summary.id)  [\(summary.origin)]"
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// `cairn pathways check FILE`: one line per issue, or "ok".
    public func render(issues: [LintIssue], file: String) -> String {
        guard !issues.isEmpty else { return "\(file): ok\n" }
        return issues.map { "\(file): \($0)" }.joined(separator: "\n") + "\n"
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
