import Foundation
import WalletJSON
import WalletModel

/// Accumulates a `CredentialRecord` and its source paths while walking one credential.
struct RecordBuilder {
    let credential: JSONObject
    let subject: JSONObject
    var record = CredentialRecord()

    init(credential: JSONObject) {
        self.credential = credential
        self.subject = credential["credentialSubject"]?.asList.first?.objectValue ?? JSONObject()
        // Room for every element up front: growing the source-path dictionary rehashed it twice.
        record.sources.reserveCapacity(StandardElement.allCases.count)
    }

    mutating func set<Value>(_ keyPath: WritableKeyPath<CredentialRecord, Value?>, _ value: Value?, _ element: StandardElement?, _ path: String) {
        guard let value, record[keyPath: keyPath] == nil else { return }
        record[keyPath: keyPath] = value
        if let element, record.sources[element] == nil { record.sources[element] = path }
    }

    /// Credential-level facts: ids, dates, issuer, name.
    mutating func mapCredentialFacts() {
        record.credentialIdentifier = credential["id"]?.stringValue
        set(\.title, Self.text(credential["name"]), .title, "$.name")
        record.description = Self.text(credential["description"])
        if let date = dateMember("validFrom") ?? dateMember("issuanceDate") {
            set(\.issued, date.value, .issued, "$.\(date.name)")
            record.validFrom = date.value
        }
        record.validUntil = (dateMember("validUntil") ?? dateMember("expirationDate"))?.value
        if let issuer = credential["issuer"], let organisation = ProfileMapper.organisation(issuer) {
            record.issuer = organisation
            set(\.awardingBody, organisation, .awardingBody, "$.issuer")
            if organisation.country != nil { record.sources[.country] = ProfileMapper.countryPath(issuer, base: "$.issuer") }
            if let url = organisation.url { record.furtherInformation.append(url) }
        }
        mapEndorsements(credential["endorsement"], path: "$.endorsement")
        if let evidence = credential["evidence"]?.asList.compactMap(\.objectValue), !evidence.isEmpty {
            record.furtherInformation += evidence.compactMap { Self.text($0["narrative"]) ?? Self.text($0["name"]) ?? $0["id"]?.stringValue }
        }
    }

    /// A date member parsed as XSD dateTime, with its name.
    func dateMember(_ name: String) -> (name: String, value: Date)? {
        guard let text = credential[name]?.stringValue, let date = XSDDateTime.parse(text) else { return nil }
        return (name, date)
    }

    /// Learner, grade, participation dates, earned credits.
    mutating func mapSubject() {
        var learner = Learner()
        learner.id = subject["id"]?.stringValue
        learner.name = Self.text(subject["name"]) ?? Self.joinedName(subject)
        learner.dateOfBirth = subject["dateOfBirth"]?.stringValue
        learner.identifiers = (subject["identifier"]?.asList ?? []).compactMap(\.objectValue).compactMap { entry in
            entry["identityHash"]?.stringValue.map {
                Identifier(scheme: entry["identityType"]?.stringValue, value: $0, hashed: entry["hashed"]?.boolValue ?? false)
            }
        }
        if !learner.isEmpty { set(\.learner, learner, .learner, "$.credentialSubject") }
        let results = (subject["result"]?.asList ?? []).compactMap(\.objectValue)
        if let index = results.firstIndex(where: { $0["value"] != nil }), let value = Self.scalarText(results[index]["value"]) {
            let path = subject["result"]?.arrayValue == nil ? "$.credentialSubject.result.value" : "$.credentialSubject.result[\(index)].value"
            set(\.grade, value, .grade, path)
        }
        let start = subject["activityStartDate"]?.stringValue.flatMap(XSDDateTime.parseDateOrDateTime)
        let end = subject["activityEndDate"]?.stringValue.flatMap(XSDDateTime.parseDateOrDateTime)
        if start != nil || end != nil {
            set(\.participation, Participation(startDate: start, endDate: end), .participation, "$.credentialSubject.activityStartDate")
        }
        if let comment = Self.text(subject["endorsementComment"]), record.description == nil { record.description = comment }
    }

    static func joinedName(_ profile: JSONObject) -> String? {
        let parts = ["givenName", "additionalName", "familyName"].compactMap { profile[$0]?.stringValue }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// Endorsements from a quality-assurance or other body → (k) quality assurance entries.
    mutating func mapEndorsements(_ value: JSONValue?, path: String) {
        for endorsement in (value?.asList ?? []).compactMap(\.objectValue) {
            let body = endorsement["issuer"].flatMap(ProfileMapper.organisation)?.name
            let comment = Self.text(endorsement["credentialSubject"]?["endorsementComment"])
            record.qualityAssurance.append(QualityAssurance(type: "endorsement", body: body, decision: comment))
            if record.sources[.qualityAssurance] == nil { record.sources[.qualityAssurance] = path }
        }
    }

    /// A plain string, or the first `@value` of a language-tagged value / language map.
    static func text(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        if let string = value.stringValue { return string }
        if let tagged = value["@value"]?.stringValue { return tagged }
        if let first = value.asList.first, value.arrayValue != nil { return Self.text(first) }
        return value.objectValue?.members.first?.value.stringValue
    }

    /// A string, number or Boolean as display text.
    static func scalarText(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let string): string
        case .number(let number): number.text
        case .bool(let flag): flag ? "true" : "false"
        default: nil
        }
    }
}
