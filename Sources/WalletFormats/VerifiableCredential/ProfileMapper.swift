import WalletJSON
import WalletModel

/// OB 3.0 `Profile` (or a bare issuer URL) → `Organisation`.
enum ProfileMapper {
    static func organisation(_ value: JSONValue) -> Organisation? {
        if let id = value.stringValue { return Organisation(id: id) }
        guard let profile = value.objectValue else { return nil }
        let address = profile["address"]?.objectValue
        var organisation = Organisation(
            name: profile["name"]?.stringValue ?? profile["name"]?["@value"]?.stringValue,
            id: profile["id"]?.stringValue,
            country: address?["addressCountryCode"]?.stringValue ?? address?["addressCountry"]?.stringValue,
            region: address?["addressRegion"]?.stringValue,
            url: profile["url"]?.stringValue)
        organisation.identifiers = (profile["otherIdentifier"]?.asList ?? []).compactMap(\.objectValue).compactMap { entry in
            guard let identifier = entry["identifier"]?.stringValue else { return nil }
            return entry["identifierType"]?.stringValue.map { "\($0): \(identifier)" } ?? identifier
        }
        return organisation
    }

    /// The path of the country value used for a profile at `base`.
    static func countryPath(_ value: JSONValue, base: String) -> String {
        value["address"]?["addressCountryCode"] != nil ? base + ".address.addressCountryCode" : base + ".address.addressCountry"
    }
}
