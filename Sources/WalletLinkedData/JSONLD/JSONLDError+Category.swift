/// How the verifier should report a JSON-LD failure.
extension JSONLDError {
    public enum Category: String, Sendable {
        /// A context URL outside the offline store (report code `unknown-context`).
        case unknownContext = "unknown-context"
        /// Safe mode refused to drop data (report code `undefined-terms`).
        case undefinedTerms = "undefined-terms"
        /// A bundled or user context file failed its pin or could not be read.
        case contextStore = "context-store"
        /// Any other JSON-LD error (invalid context or document).
        case invalidJSONLD = "invalid-json-ld"
    }

    public var category: Category {
        switch code {
        case .unknownContext: .unknownContext
        case .safeModeViolation: .undefinedTerms
        case .contextPinMismatch, .loadingRemoteContextFailed: .contextStore
        default: .invalidJSONLD
        }
    }
}
