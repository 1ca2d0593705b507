import Foundation
import WalletJSON
import WalletModel

/// Maps an Open Badges 2.0 Assertion (+ its BadgeClass and issuer Profile, when known) to the EU
/// standard elements. OB 2.0 states no workload, level or assessment: those stay "not stated",
/// except an EQF level given as an alignment to `http://data.europa.eu/snb/eqf/N`.
public enum OpenBadges2RecordMapper {
    public static func record(
        assertion: OpenBadges2Assertion, badgeClass: JSONObject?, issuer: JSONObject?
    ) -> CredentialRecord {
        var record = CredentialRecord()
        var sources: [StandardElement: String] = [:]
        record.credentialIdentifier = assertion.id
        record.achievementIdentifier = assertion.badgeIRI
        record.issued = assertion.issuedOn
        record.validFrom = assertion.issuedOn
        record.validUntil = assertion.expires
        sources[.issued] = "$.issuedOn"
        record.learner = learner(assertion.json["recipient"]?.objectValue)
        if record.learner != nil { sources[.learner] = "$.recipient" }
        if let badgeClass { badgeFacts(badgeClass, into: &record, sources: &sources) }
        awardingBody(issuer: issuer, badgeClass: badgeClass, into: &record, sources: &sources)
        if let narrative = assertion.json["narrative"]?.stringValue { record.furtherInformation.append(narrative) }
        for evidence in assertion.json["evidence"]?.asList ?? [] {
            if let link = evidence.stringValue ?? evidence["id"]?.stringValue {
                record.furtherInformation.append("Evidence: \(link)")
            }
        }
        if !record.furtherInformation.isEmpty { sources[.furtherInformation] = "$.evidence / $.badge.criteria" }
        record.sources = sources
        return record
    }

    static func badgeFacts(
        _ badgeClass: JSONObject, into record: inout CredentialRecord, sources: inout [StandardElement: String]
    ) {
        record.title = badgeClass["name"]?.stringValue
        record.description = badgeClass["description"]?.stringValue
        if record.title != nil { sources[.title] = "$.badge.name" }
        record.eqfLevel = eqfLevel(badgeClass["alignment"])
        if record.eqfLevel != nil { sources[.level] = "$.badge.alignment[].targetUrl" }
        record.fieldsOfStudy = badgeClass["tags"]?.asList.compactMap(\.stringValue) ?? []
        if let narrative = badgeClass["criteria"]?["narrative"]?.stringValue {
            record.furtherInformation.append("Criteria: \(narrative)")
        } else if let criteria = badgeClass["criteria"]?.stringValue ?? badgeClass["criteria"]?["id"]?.stringValue {
            record.furtherInformation.append("Criteria: \(criteria)")
        }
    }

    static func awardingBody(
        issuer: JSONObject?, badgeClass: JSONObject?,
        into record: inout CredentialRecord, sources: inout [StandardElement: String]
    ) {
        if let issuer {
            record.awardingBody = Organisation(
                name: issuer["name"]?.stringValue, id: issuer["id"]?.stringValue,
                url: issuer["url"]?.stringValue, identifiers: issuer["email"]?.stringValue.map { ["mailto:\($0)"] } ?? [])
            sources[.awardingBody] = "$.badge.issuer"
        } else if let iri = badgeClass?["issuer"]?.stringValue {
            record.awardingBody = Organisation(id: iri)
            sources[.awardingBody] = "$.badge.issuer"
        }
    }

    static func learner(_ recipient: JSONObject?) -> Learner? {
        guard let recipient, let identity = recipient["identity"]?.stringValue else { return nil }
        let hashed = recipient["hashed"]?.boolValue ?? false
        let identifier = Identifier(scheme: recipient["type"]?.stringValue, value: identity, hashed: hashed)
        return Learner(identifiers: [identifier])
    }

    static func eqfLevel(_ alignments: JSONValue?) -> Int? {
        for alignment in alignments?.asList ?? [] {
            guard let url = alignment["targetUrl"]?.stringValue,
                url.hasPrefix("http://data.europa.eu/snb/eqf/"),
                let level = Int(url.dropFirst("http://data.europa.eu/snb/eqf/".count)), (1...8).contains(level)
            else { continue }
            return level
        }
        return nil
    }
}
