/// The size of a programme: declared `total_ects`, else derived from the root (stacking.md S14).
enum ProgrammeSize {
    /// Sum of the root requirements' minimum credit, or the largest "everything" constraint minimum.
    static func derive(_ pathway: Pathway) -> Int {
        let ids = Dictionary(
            (pathway.requirements.map(\.id) + pathway.constraints.map(\.id)).enumerated().map { ($1, $0) },
            uniquingKeysWith: { a, _ in a })
        let parts = pathway.root.compactMap { ids[$0] }.filter { $0 < pathway.requirements.count }
            .map { minimum(of: $0, in: pathway) }.reduce(0, +)
        let totals = pathway.constraints.filter { $0.over.isAlways }.compactMap(\.creditMin)
        return max(parts, totals.max() ?? 0)
    }

    /// The least credit that satisfies node `index` (groups add children; choose-k the k smallest).
    static func minimum(of index: Int, in pathway: Pathway, depth: Int = 0) -> Int {
        guard depth < 32 else { return 0 }
        if index >= pathway.requirements.count {
            return pathway.constraints[index - pathway.requirements.count].creditMin ?? 0
        }
        let requirement = pathway.requirements[index]
        guard requirement.kind == .group else {
            return requirement.kind == .overlay || !requirement.exclusive ? 0 : requirement.creditMin ?? 0
        }
        let ids = pathway.requirements.map(\.id)
        let children = requirement.children.compactMap { ids.firstIndex(of: $0) }
            .map { minimum(of: $0, in: pathway, depth: depth + 1) }.sorted()
        return children.prefix(requirement.choose ?? children.count).reduce(0, +)
    }
}
