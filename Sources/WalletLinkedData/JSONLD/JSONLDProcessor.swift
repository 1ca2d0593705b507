import WalletJSON

/// JSON-LD 1.1 expansion and toRdf for credentials, with processed contexts cached.
///
/// Create one per context store and reuse it (it is thread-safe): the first credential pays for
/// processing VC/OB contexts, every later one hits the cache.
public final class JSONLDProcessor: Sendable {
    public let loader: any ContextLoader
    private let cache = ContextCache()
    private let cache10 = ContextCache()

    public init(loader: any ContextLoader) {
        self.loader = loader
    }

    /// Expanded form (always an array of node objects).
    public func expand(_ document: JSONValue, options: JSONLDOptions = JSONLDOptions()) throws(JSONLDError) -> [JSONValue] {
        let contexts = ContextProcessor(loader: loader, cache: options.jsonLD10 ? cache10 : cache, jsonLD10: options.jsonLD10)
        var active = ActiveContext(base: options.base)
        if let expandContext = options.expandContext {
            let local = expandContext["@context"] ?? expandContext
            active = try contexts.process(active, local, baseURL: options.base)
        }
        let expander = Expander(contexts: contexts, safeMode: options.safeMode)
        var result = try expander.expand(active, property: nil, document, baseURL: options.base)
        if case .object(let object)? = result, object.count == 1, let graph = object["@graph"] {
            result = graph
        }
        return result?.asList ?? []
    }

    /// The RDF dataset of `document` (expansion, then deserialisation to RDF).
    public func toRDF(_ document: JSONValue, options: JSONLDOptions = JSONLDOptions()) throws(JSONLDError) -> RDFDataset {
        let expanded = try expand(document, options: options)
        var builder = RDFBuilder(safeMode: options.safeMode, i18nDirection: options.i18nDirection)
        for item in expanded {
            if case .object(let node) = item, node["@value"] == nil, node["@list"] == nil {
                try builder.node(node, graph: nil)
            }
        }
        return builder.dataset
    }
}
