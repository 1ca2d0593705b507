/// The format a credential arrived in, detected from its content (never from a file extension).
public enum CredentialFormat: String, Codable, Sendable, CaseIterable {
    /// cairn's own self-asserted JSON for paper certificates and manual entries.
    case selfAsserted = "self-asserted"
    /// W3C VC Data Model 2.0 JSON-LD (including Open Badges 3.0 on the v2 context).
    case vc2 = "vc2"
    /// W3C VC Data Model 1.1 JSON-LD (including Open Badges 3.0 on the v1 context).
    case vc1 = "vc1"
    /// Open Badges 3.0 AchievementCredential (JSON-LD, either VC version).
    case openBadges3 = "ob3"
    /// Open Badges 3.0 EndorsementCredential.
    case endorsement = "ob3-endorsement"
    /// Comprehensive Learner Record 2.0 (a credential holding nested achievements).
    case clr2 = "clr2"
    /// A VC secured as a compact JWS (OB 3.0 `vc` claim or VC-JOSE `vc+jwt`).
    case vcJWT = "vc-jwt"
    /// Open Badges 2.0 assertion (hosted or signed).
    case openBadges2 = "ob2"
    /// Europass Digital Credential (European Learning Model v3), usually sealed with JAdES.
    case europass = "edc"

    /// A human label for tables and the detail view.
    public var label: String {
        switch self {
        case .selfAsserted: "Self-asserted"
        case .vc2: "VC 2.0"
        case .vc1: "VC 1.1"
        case .openBadges3: "Open Badges 3.0"
        case .endorsement: "OB 3.0 endorsement"
        case .clr2: "CLR 2.0"
        case .vcJWT: "VC-JWT"
        case .openBadges2: "Open Badges 2.0"
        case .europass: "Europass EDC"
        }
    }
}
