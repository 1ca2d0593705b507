import WalletJSON
import WalletModel

/// Names the W3C VC flavour of a JSON document from its `@context` and `type`.
public enum VCFormatDetector {
    public static let v2Context = "https://www.w3.org/ns/credentials/v2"
    public static let v1Context = "https://www.w3.org/2018/credentials/v1"

    /// The format, or nil when the document is not a W3C Verifiable Credential.
    public static func format(of credential: JSONObject) -> CredentialFormat? {
        let types = types(of: credential)  // a few entries: a linear search beats hashing them into a Set
        guard types.contains("VerifiableCredential") else { return nil }
        if types.contains("ClrCredential") { return .clr2 }
        if types.contains("EndorsementCredential") { return .endorsement }
        if types.contains("AchievementCredential") || types.contains("OpenBadgeCredential") { return .openBadges3 }
        return dataModelVersion(of: credential) == 1 ? .vc1 : .vc2
    }

    /// 2 for the VC 2.0 base context, 1 for VC 1.1, nil when the first context is neither.
    public static func dataModelVersion(of credential: JSONObject) -> Int? {
        switch credential["@context"]?.asList.first?.stringValue {
        case v2Context: 2
        case v1Context: 1
        default: nil
        }
    }

    /// The `type` values as strings (a single string or an array).
    public static func types(of object: JSONObject) -> [String] {
        (object["type"]?.asList ?? []).compactMap(\.stringValue)
    }
}
