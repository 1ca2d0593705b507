/// An RDF dataset: a set of quads kept in first-insertion order (duplicates are dropped, as
/// datasets are sets; the order only makes debugging output stable).
public struct RDFDataset: Sendable, Equatable {
    public private(set) var quads: [RDFQuad] = []
    private var seen: Set<RDFQuad> = []

    public init() {
        seen.reserveCapacity(64)
        quads.reserveCapacity(64)
    }

    public init(_ quads: [RDFQuad]) {
        for quad in quads { insert(quad) }
    }

    /// Adds `quad` unless the dataset already holds it.
    public mutating func insert(_ quad: RDFQuad) {
        if seen.insert(quad).inserted { quads.append(quad) }
    }

    public var count: Int { quads.count }

    public static func == (lhs: RDFDataset, rhs: RDFDataset) -> Bool { lhs.seen == rhs.seen }
}
