import Foundation

/// A set of compiled pathways: the built-in catalogue, user directories, or both merged.
public struct PathwayCatalogue: Sendable, Equatable {
    public var pathways: [Pathway]

    public init(pathways: [Pathway]) {
        self.pathways = pathways
    }

    /// The pathway with an id, if present.
    public func pathway(_ id: String) -> Pathway? { pathways.first { $0.id == id } }

    /// The catalogue shipped with cairn (`Resources/pathways/*.toml`).
    public static func builtIn() throws(CatalogueError) -> PathwayCatalogue {
        guard let directory = builtInDirectory else {
            throw CatalogueError.unreadable(path: "Resources/pathways", reason: "the built-in catalogue is missing from the bundle")
        }
        return try load(directory: directory, origin: { "built-in:\($0)" })
    }

    /// Where the built-in pathway files live inside the resource bundle.
    static var builtInDirectory: URL? { Bundle.module.url(forResource: "pathways", withExtension: nil) }

    /// Every `*.toml` file in a directory, in file-name order. A missing directory is an empty catalogue.
    public static func load(directory: URL) throws(CatalogueError) -> PathwayCatalogue {
        try load(directory: directory, origin: { directory.appendingPathComponent($0).path })
    }

    private static func load(directory: URL, origin: (String) -> String) throws(CatalogueError) -> PathwayCatalogue {
        let manager = FileManager.default
        guard manager.fileExists(atPath: directory.path) else { return PathwayCatalogue(pathways: []) }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".toml") }.sorted()
        } catch {
            throw CatalogueError.unreadable(path: directory.path, reason: error.localizedDescription)
        }
        var pathways: [Pathway] = []
        for name in names {
            let url = directory.appendingPathComponent(name)
            guard let data = manager.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                throw CatalogueError.unreadable(path: url.path, reason: "not readable as UTF-8 text")
            }
            pathways.append(try parse(text, origin: origin(name)))
        }
        let catalogue = PathwayCatalogue(pathways: pathways)
        try catalogue.checkUniqueIDs()
        return catalogue
    }

    /// Compiles one pathway file's text; throws with every error found (warnings are ignored here).
    public static func parse(_ text: String, origin: String = "inline") throws(CatalogueError) -> Pathway {
        let log = IssueLog()
        let pathway = PathwayCompiler.compile(text, origin: origin, log: log)
        guard let pathway, !log.hasErrors else {
            throw CatalogueError.invalid(path: origin, issues: log.issues.filter { $0.severity == .error })
        }
        return pathway
    }

    /// This catalogue plus `other`; a pathway in `other` replaces one with the same id (user files
    /// override built-ins, so a learner can pin an older catalogue year).
    public func merging(_ other: PathwayCatalogue) -> PathwayCatalogue {
        var merged = pathways
        for pathway in other.pathways {
            if let index = merged.firstIndex(where: { $0.id == pathway.id }) { merged[index] = pathway } else { merged.append(pathway) }
        }
        return PathwayCatalogue(pathways: merged)
    }

    private func checkUniqueIDs() throws(CatalogueError) {
        var seen: [String: String] = [:]
        for pathway in pathways {
            if let first = seen[pathway.id] {
                throw CatalogueError.duplicateID(id: pathway.id, first: first, second: pathway.origin)
            }
            seen[pathway.id] = pathway.origin
        }
    }
}

/// Why a catalogue could not be loaded.
public enum CatalogueError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case invalid(path: String, issues: [LintIssue])
    case duplicateID(id: String, first: String, second: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read pathways at \(path): \(reason)"
        case .invalid(let path, let issues):
            "invalid pathway file \(path):\n" + issues.map { "  \($0)" }.joined(separator: "\n")
                + "\n  (run `cairn pathways check \(path)` for details)"
        case .duplicateID(let id, let first, let second):
            "pathway id \"\(id)\" is defined twice: \(first) and \(second); give one of them another id"
        }
    }
}
