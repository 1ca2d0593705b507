import WalletJSON

/// Context processing (JSON-LD 1.1 API § 4.1.2).
struct ContextProcessor: Sendable {
    let loader: any ContextLoader
    let cache: ContextCache
    /// `processingMode: json-ld-1.0` (only for conformance tests).
    let jsonLD10: Bool
    static let maxRemoteContexts = 32

    /// Applies `local` to `active`.
    func process(
        _ active: ActiveContext, _ local: JSONValue, baseURL: String?, remoteContexts: [String] = [],
        overrideProtected: Bool = false, propagate initialPropagate: Bool = true, validateScoped: Bool = true
    ) throws(JSONLDError) -> ActiveContext {
        var result = active
        var propagate = initialPropagate
        if case .object(let object) = local, let flag = object["@propagate"] {
            if jsonLD10 { throw JSONLDError(.invalidContextEntry, "@propagate in json-ld-1.0 mode") }
            guard case .bool(let value) = flag else { throw JSONLDError(.invalidPropagateValue, "\(flag)") }
            propagate = value
        }
        if !propagate, result.previous == nil {
            result.previous = PreviousContext(active)
            result.renew()
        }
        let contexts: [JSONValue] = if case .array(let items) = local { items } else { [local] }
        for context in contexts {
            switch context {
            case .null:
                guard overrideProtected || !result.hasProtectedTerms else {
                    throw JSONLDError(.invalidContextNullification, "a null context would erase protected terms")
                }
                let before = result
                result = ActiveContext(base: active.originalBase)
                result.originalBase = active.originalBase
                if !propagate { result.previous = PreviousContext(before) }
            case .string(let reference):
                result = try processRemote(result, reference, baseURL: baseURL, remoteContexts: remoteContexts,
                    validateScoped: validateScoped)
            case .object(let object):
                result = try processObject(result, object, baseURL: baseURL, remoteContexts: remoteContexts,
                    overrideProtected: overrideProtected, validateScoped: validateScoped)
            default:
                throw JSONLDError(.invalidLocalContext, "a context must be null, a string or an object")
            }
        }
        return result
    }

    /// § 4.1.2 step 5.2: a context by reference, served by the loader and cached per active context.
    private func processRemote(
        _ result: ActiveContext, _ reference: String, baseURL: String?, remoteContexts: [String], validateScoped: Bool
    ) throws(JSONLDError) -> ActiveContext {
        let url = baseURL.map { IRI.resolve(reference, against: $0) } ?? reference
        if !validateScoped, remoteContexts.contains(url) { return result }
        guard remoteContexts.count < Self.maxRemoteContexts else { throw JSONLDError(.contextOverflow, url) }
        let key = ContextCache.Key(activeID: result.id, url: url)
        if let cached = cache.value(for: key) { return cached }
        let document = try loader.loadContext(url)
        guard case .object(let object) = document, let loaded = object["@context"] else {
            throw JSONLDError(.invalidRemoteContext, "\(url) has no @context member")
        }
        var processed = try process(
            result, loaded, baseURL: url, remoteContexts: remoteContexts + [url], validateScoped: validateScoped)
        processed.renew()
        cache.store(processed, for: key)
        return processed
    }

    /// A term's scoped context, cached by (active context, scoped context identity, flags).
    func processScoped(
        _ active: ActiveContext, _ scoped: ScopedContext, propagate: Bool, overrideProtected: Bool
    ) throws(JSONLDError) -> ActiveContext {
        let key = ContextCache.Key(
            activeID: active.id, scopedID: scoped.id, propagate: propagate, overrideProtected: overrideProtected)
        if let cached = cache.value(for: key) { return cached }
        var processed = try process(
            active, scoped.value, baseURL: scoped.baseURL, overrideProtected: overrideProtected, propagate: propagate)
        processed.renew()
        cache.store(processed, for: key)
        return processed
    }
}
