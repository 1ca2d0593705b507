/// Finds a pathway by what a person types: the full id, or a unique suffix of it that starts at a
/// `:` or `/` boundary (`cmf-microcredential` for `cairn:ladder:cmf-microcredential`). Full ids
/// are long; the last segment is what people remember and what `cairn pathways` makes visible.
extension PathwayCatalogue {
    /// The pathway `query` names: an exact id wins; otherwise the one id ending in `:query` or `/query`.
    public func resolve(_ query: String) throws(PathwayLookupError) -> Pathway {
        if let exact = pathway(query) { return exact }
        let matches = pathways.filter { Self.id($0.id, endsWithSegments: query) }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 { throw .ambiguous(query: query, candidates: matches.map(\.id)) }
        let lowered = query.lowercased()
        let similar = pathways.map(\.id).filter { !lowered.isEmpty && $0.lowercased().contains(lowered) }
        throw .notFound(query: query, similar: similar)
    }

    /// Whether `id` ends with `query` and the character before it separates segments.
    static func id(_ id: String, endsWithSegments query: String) -> Bool {
        guard !query.isEmpty, id.count > query.count, id.hasSuffix(query) else { return false }
        let before = id.dropLast(query.count).last
        return before == ":" || before == "/"
    }
}

/// Why a typed pathway id names no single pathway.
public enum PathwayLookupError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No id is or ends with the query; `similar` holds ids that contain it.
    case notFound(query: String, similar: [String])
    /// Several ids end with the query.
    case ambiguous(query: String, candidates: [String])

    public var description: String {
        switch self {
        case .notFound(let query, let similar):
            let hint = similar.isEmpty ? "" : " (did you mean \(similar.prefix(5).joined(separator: ", "))?)"
            return "no pathway with id \"\(query)\"\(hint); `cairn pathways` lists them"
        case .ambiguous(let query, let candidates):
            return "\"\(query)\" matches \(candidates.count) pathways: \(candidates.joined(separator: ", ")); "
                + "give more of the id"
        }
    }
}
