import WalletJSON
import WalletModel

/// Reads an ELM `Organisation` (awarding body, issuer) into the model, with the country converted
/// from the EU authority alpha-3 IRI to ISO 3166-1 alpha-2.
enum ELMOrganisationReader {
    static func organisation(_ value: JSONValue?) -> Organisation? {
        guard let org = ELMValue.object(value) else {
            return ELMValue.id(value).map { Organisation(id: $0) }
        }
        let address = ELMValue.object(ELMValue.object(org["location"])?["address"])
        let countryIRI = ELMValue.id(address?["countryCode"])
        var identifiers: [String] = []
        for member in ["identifier", "vatIdentifier", "registration", "eIDASIdentifier", "taxIdentifier"] {
            for entry in ELMValue.objects(org[member]) {
                if let notation = entry["notation"]?.stringValue {
                    let scheme = entry["schemeName"]?.stringValue ?? member
                    identifiers.append("\(scheme): \(notation)")
                }
            }
        }
        return Organisation(
            name: ELMValue.text(org["legalName"]) ?? ELMValue.text(org["prefLabel"]) ?? ELMValue.text(org["altLabel"]),
            id: org["id"]?.stringValue,
            country: countryIRI.map(CountryCodes.alpha2(fromAuthorityIRI:)),
            region: ELMValue.label(ELMValue.object(org["location"])?["spatialCode"]),
            url: ELMValue.object(org["homepage"])?["contentURL"]?.stringValue,
            identifiers: identifiers)
    }

    /// The accreditations (quality assurance) attached to an object.
    static func accreditations(_ value: JSONValue?) -> [QualityAssurance] {
        ELMValue.objects(value).map { accreditation in
            QualityAssurance(
                type: ELMValue.label(accreditation["dcType"]) ?? ELMValue.text(accreditation["title"]),
                body: organisation(accreditation["accreditingAgent"])?.name,
                decision: ELMValue.label(accreditation["decision"]) ?? ELMValue.note(accreditation["decision"]),
                external: nil)
        }
    }
}
