/// A test over one credential, as written in `match`, `over` and `from` tables (stacking.md § 3.2).
///
/// Several keys in one table are all required; `{}` accepts everything.
public indirect enum Predicate: Sendable, Hashable {
    case always
    case allOf([Predicate])
    case anyOf([Predicate])
    case not(Predicate)
    /// ISCED-F codes (with or without the `isced-f:` prefix) or subject labels.
    case subjectAny([String])
    /// Two-digit ISCED-F broad fields.
    case subjectBroadAny([String])
    case tagsAny([String])
    case eqfMin(Int)
    case eqfMax(Int)
    /// Bounds on the credential's credit in the pathway's unit, in hundredths.
    case creditMin(Int)
    case creditMax(Int)
    case issuerIn([String])
    case issuerNotIn([String])
    case issuerTypeIn([String])
    case settingIn([String])
    case credentialTypeIn([String])
    case credentialTypeNotIn([String])
    case idIn([String])
    case equivalentTo(String)
    case skillsAny([String])
    case graded(Bool)
    case statusIn([String])
    case trackIn([String])

    /// Whether the verdict depends on the credit in the pathway's unit (so it differs per pathway).
    var readsCredit: Bool {
        switch self {
        case .creditMin, .creditMax: true
        case .allOf(let parts), .anyOf(let parts): parts.contains(where: \.readsCredit)
        case .not(let inner): inner.readsCredit
        default: false
        }
    }

    /// Whether this is the accept-everything predicate.
    var isAlways: Bool {
        switch self {
        case .always: true
        case .allOf(let parts): parts.allSatisfy(\.isAlways)
        default: false
        }
    }
}
