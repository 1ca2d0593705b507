import Foundation
import WalletJSON
import WalletModel

/// Maps a European Learning Model v3 credential (Europass EDC) to every EU standard element it
/// carries (Council Recommendation 2022/C 243/02, Annex I), keeping each value's JSON path.
///
/// Paths follow standards.md §11: `$A` = `credentialSubject.hasClaim`, `$S` = `$A.specifiedBy`.
public enum ELMRecordMapper {
    /// Maps the credential JSON (the `payload` of a sealed EDC, or an unsigned one).
    public static func record(from credential: JSONObject) -> CredentialRecord {
        var builder = ELMRecordBuilder()
        let subject = ELMValue.object(credential["credentialSubject"])
        builder.learner(subject)
        builder.credential(credential)
        if let claim = ELMValue.object(subject?["hasClaim"]) {
            builder.achievement(claim, path: "$.credentialSubject.hasClaim")
            builder.record.components = ELMValue.objects(claim["hasPart"]).prefix(50).map {
                var part = ELMRecordBuilder()
                part.achievement($0, path: "$A.hasPart[]")
                return part.record
            }
        }
        if builder.record.awardingBody == nil, let issuer = ELMOrganisationReader.organisation(credential["issuer"]) {
            builder.record.awardingBody = issuer
            builder.sources[.awardingBody] = "$.issuer"
            builder.sources[.country] = "$.issuer.location.address.countryCode"
        }
        if builder.record.issued == nil, let validFrom = builder.record.validFrom {
            builder.record.issued = validFrom
            builder.sources[.issued] = "$.validFrom"
        }
        builder.record.sources = builder.sources
        return builder.record
    }

    /// True for an ELM/EDC credential (`EuropeanDigitalCredential` type or the `edc-ap` context).
    public static func isEuropass(_ credential: JSONObject) -> Bool {
        let types = credential["type"]?.asList.compactMap(\.stringValue) ?? []
        let contexts = credential["@context"]?.asList.compactMap(\.stringValue) ?? []
        return types.contains("EuropeanDigitalCredential")
            || contexts.contains { $0.hasPrefix("http://data.europa.eu/snb/model/context/") }
    }
}
