/// A JSON-LD processing failure. `code` is the JSON-LD 1.1 error code (or a cairn safe-mode code);
/// `detail` names the term, IRI or context URL so the verifier can say what to fix.
public struct JSONLDError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        // Context store
        /// A remote context that is neither bundled nor in the user's store (verifier: `unknown-context`).
        case unknownContext = "unknown context"
        /// A bundled or user context whose bytes no longer match the pinned SHA-256.
        case contextPinMismatch = "context pin mismatch"
        case loadingRemoteContextFailed = "loading remote context failed"
        // Safe mode (verifier: `undefined-terms`)
        /// Expansion would silently drop a term, a relative IRI or a value.
        case safeModeViolation = "safe mode violation"
        // JSON-LD 1.1 API error codes
        case protectedTermRedefinition = "protected term redefinition"
        case invalidIRIMapping = "invalid IRI mapping"
        case invalidTypeValue = "invalid type value"
        case invalidTypedValue = "invalid typed value"
        case invalidTermDefinition = "invalid term definition"
        case invalidContextEntry = "invalid context entry"
        case invalidLocalContext = "invalid local context"
        case invalidRemoteContext = "invalid remote context"
        case invalidBaseIRI = "invalid base IRI"
        case invalidVocabMapping = "invalid vocab mapping"
        case invalidDefaultLanguage = "invalid default language"
        case invalidBaseDirection = "invalid base direction"
        case invalidVersionValue = "invalid @version value"
        case processingModeConflict = "processing mode conflict"
        case invalidPropagateValue = "invalid @propagate value"
        case invalidImportValue = "invalid @import value"
        case invalidContextNullification = "invalid context nullification"
        case cyclicIRIMapping = "cyclic IRI mapping"
        case keywordRedefinition = "keyword redefinition"
        case invalidContainerMapping = "invalid container mapping"
        case invalidLanguageMapping = "invalid language mapping"
        case invalidTypeMapping = "invalid type mapping"
        case invalidReverseProperty = "invalid reverse property"
        case invalidKeywordAlias = "invalid keyword alias"
        case invalidScopedContext = "invalid scoped context"
        case invalidProtectedValue = "invalid @protected value"
        case invalidPrefixValue = "invalid @prefix value"
        case invalidNestValue = "invalid @nest value"
        case invalidReversePropertyMap = "invalid reverse property map"
        case invalidReversePropertyValue = "invalid reverse property value"
        case invalidReverseValue = "invalid @reverse value"
        case invalidIDValue = "invalid @id value"
        case invalidIncludedValue = "invalid @included value"
        case invalidIndexValue = "invalid @index value"
        case invalidValueObject = "invalid value object"
        case invalidValueObjectValue = "invalid value object value"
        case invalidLanguageTaggedString = "invalid language-tagged string"
        case invalidLanguageTaggedValue = "invalid language-tagged value"
        case invalidLanguageMapValue = "invalid language map value"
        case invalidSetOrListObject = "invalid set or list object"
        case collidingKeywords = "colliding keywords"
        case invalidReversePropertyMapEntry = "invalid reverse property map entry"
        case invalidJSONLiteral = "invalid JSON literal"
        case contextOverflow = "context overflow"
        case recursiveContextInclusion = "recursive context inclusion"
        case listOfLists = "list of lists"
    }

    public let code: Code
    public let detail: String

    public init(_ code: Code, _ detail: String) {
        self.code = code
        self.detail = detail
    }

    public var description: String {
        switch code {
        case .unknownContext:
            "JSON-LD context \(detail) is not in the offline context store (cairn never downloads contexts); "
                + "add it to a local context store if you trust it"
        case .safeModeViolation:
            "JSON-LD safe mode: \(detail) would be dropped or is not an absolute IRI, so the signature would not "
                + "cover it"
        default: "JSON-LD error (\(code.rawValue)): \(detail)"
        }
    }
}
