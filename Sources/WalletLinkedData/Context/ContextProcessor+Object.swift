import WalletJSON

/// § 4.1.2 steps 5.5–5.13: one local context object.
extension ContextProcessor {
    func processObject(
        _ active: ActiveContext, _ input: JSONObject, baseURL: String?, remoteContexts: [String],
        overrideProtected: Bool, validateScoped: Bool
    ) throws(JSONLDError) -> ActiveContext {
        var result = active
        var object = input
        if let version = object["@version"] {
            guard version.doubleValue == 1.1 else { throw JSONLDError(.invalidVersionValue, "\(version)") }
            if jsonLD10 { throw JSONLDError(.processingModeConflict, "@version 1.1 in json-ld-1.0 mode") }
        }
        if let importValue = object["@import"] {
            object = try mergeImport(importValue, into: object, baseURL: baseURL)
        }
        if let base = object["@base"], remoteContexts.isEmpty {
            try setBase(base, in: &result)
        }
        try applyDefaults(object, to: &result)
        var protectedDefault = false
        if let flag = object["@protected"] {
            guard case .bool(let value) = flag else { throw JSONLDError(.invalidProtectedValue, "\(flag)") }
            protectedDefault = value
        }
        var builder = TermDefinitionBuilder(
            processor: self, local: object, baseURL: baseURL, protectedDefault: protectedDefault,
            overrideProtected: overrideProtected, remoteContexts: remoteContexts)
        for key in object.keys where !Self.contextKeywords.contains(key) {
            try builder.define(key, in: &result)
        }
        result.renew()
        return result
    }

    /// `@vocab`, `@language` and `@direction`.
    private func applyDefaults(_ object: JSONObject, to result: inout ActiveContext) throws(JSONLDError) {
        if let vocab = object["@vocab"] {
            switch vocab {
            case .null: result.vocab = nil
            case .string(let text) where IRI.isAbsolute(text) || IRI.isBlank(text) || !jsonLD10:
                result.vocab = result.expandIRI(text, vocab: true, documentRelative: true)
            default: throw JSONLDError(.invalidVocabMapping, "\(vocab)")
            }
        }
        if let language = object["@language"] {
            switch language {
            case .null: result.defaultLanguage = nil
            case .string(let tag): result.defaultLanguage = tag
            default: throw JSONLDError(.invalidDefaultLanguage, "\(language)")
            }
        }
        if let direction = object["@direction"] {
            switch direction {
            case .null: result.defaultDirection = nil
            case .string(let value) where value == "ltr" || value == "rtl": result.defaultDirection = value
            default: throw JSONLDError(.invalidBaseDirection, "\(direction)")
            }
        }
    }

    static let contextKeywords: Set<String> = [
        "@base", "@direction", "@import", "@language", "@propagate", "@protected", "@version", "@vocab",
    ]

    private func setBase(_ base: JSONValue, in result: inout ActiveContext) throws(JSONLDError) {
        switch base {
        case .null: result.base = nil
        case .string(let text) where IRI.isAbsolute(text): result.base = text
        case .string(let text):
            guard let current = result.base else { throw JSONLDError(.invalidBaseIRI, text) }
            result.base = IRI.resolve(text, against: current)
        default: throw JSONLDError(.invalidBaseIRI, "\(base)")
        }
    }

    /// `@import`: the imported context's entries, overridden by the importing context's own.
    private func mergeImport(
        _ value: JSONValue, into object: JSONObject, baseURL: String?
    ) throws(JSONLDError) -> JSONObject {
        if jsonLD10 { throw JSONLDError(.invalidContextEntry, "@import in json-ld-1.0 mode") }
        guard case .string(let reference) = value else { throw JSONLDError(.invalidImportValue, "\(value)") }
        let url = baseURL.map { IRI.resolve(reference, against: $0) } ?? reference
        let document = try loader.loadContext(url)
        guard case .object(let imported)? = document["@context"] else {
            throw JSONLDError(.invalidRemoteContext, "@import \(url) is not a single context object")
        }
        if imported["@import"] != nil { throw JSONLDError(.invalidContextEntry, "nested @import in \(url)") }
        var merged = imported
        for (key, member) in object where key != "@import" { merged[key] = member }
        return merged
    }
}
