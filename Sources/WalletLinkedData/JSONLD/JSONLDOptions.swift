import WalletJSON

/// Options for expansion and toRdf. The defaults are the ones credential verification needs.
public struct JSONLDOptions: Sendable {
    /// Base IRI of the document; nil (the default for credentials) leaves relative IRIs relative,
    /// which safe mode then rejects.
    public var base: String?
    /// Fail instead of dropping data (undefined terms, relative IRIs, invalid values).
    public var safeMode: Bool
    /// `json-ld-1.0` processing mode (conformance tests only).
    public var jsonLD10: Bool
    /// A context applied before the document's own (`expandContext`).
    public var expandContext: JSONValue?
    /// `rdfDirection: "i18n-datatype"`; false drops `@direction` (the default, as credentials expect).
    public var i18nDirection: Bool

    public init(
        base: String? = nil, safeMode: Bool = true, jsonLD10: Bool = false, expandContext: JSONValue? = nil,
        i18nDirection: Bool = false
    ) {
        self.base = base
        self.safeMode = safeMode
        self.jsonLD10 = jsonLD10
        self.expandContext = expandContext
        self.i18nDirection = i18nDirection
    }
}
