import Foundation
import WalletJSON
import WalletModel

/// Fills a `CredentialRecord` from the parts of an ELM credential, recording the source paths.
struct ELMRecordBuilder {
    var record = CredentialRecord()
    var sources: [StandardElement: String] = [:]

    mutating func credential(_ credential: JSONObject) {
        record.credentialIdentifier = credential["id"]?.stringValue
        record.issuer = ELMOrganisationReader.organisation(credential["issuer"])
        let issued = ["issuanceDate", "issued"].lazy.compactMap { credential[$0]?.stringValue }.first
        if let issued, let date = XSDDateTime.parse(issued) {
            record.issued = date
            sources[.issued] = credential["issuanceDate"] != nil ? "$.issuanceDate" : "$.issued"
        }
        record.validFrom = credential["validFrom"]?.stringValue.flatMap(XSDDateTime.parse)
        let until = credential["validUntil"]?.stringValue ?? credential["expirationDate"]?.stringValue
        record.validUntil = until.flatMap(XSDDateTime.parse)
        for note in ELMValue.objects(credential["additionalNote"]) {
            if let text = ELMValue.note(.object(note)) { record.furtherInformation.append(text) }
        }
        if record.title == nil, let display = ELMValue.object(credential["displayParameter"]) {
            record.title = ELMValue.text(display["title"])
            if record.title != nil { sources[.title] = "$.displayParameter.title" }
        }
    }

    mutating func learner(_ subject: JSONObject?) {
        guard let subject else { return }
        var learner = Learner(id: subject["id"]?.stringValue)
        let given = ELMValue.text(subject["givenName"])
        let family = ELMValue.text(subject["familyName"])
        learner.name = ELMValue.text(subject["fullName"])
            ?? [given, family].compactMap { $0 }.joined(separator: " ").nilIfEmpty
        learner.dateOfBirth = subject["dateOfBirth"]?.stringValue
        for id in ELMValue.objects(subject["nationalID"]) {
            guard let notation = id["notation"]?.stringValue else { continue }
            let country = ELMValue.id(id["spatial"]).map(CountryCodes.alpha2(fromAuthorityIRI:))
            learner.identifiers.append(Identifier(scheme: "nationalID" + (country.map { " (\($0))" } ?? ""), value: notation))
        }
        for contact in ELMValue.objects(subject["contactPoint"]) {
            if let mail = ELMValue.id(contact["emailAddress"]) {
                learner.identifiers.append(Identifier(scheme: "email", value: mail.replacingOccurrences(of: "mailto:", with: "")))
            }
        }
        if !learner.isEmpty {
            record.learner = learner
            sources[.learner] = "$.credentialSubject"
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
