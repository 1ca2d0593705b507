import Foundation
import WalletJSON
import WalletModel

/// TEMPORARY minimal mapping of a W3C VC / OB 3.0 credential to the EU standard elements, written by
/// `verify-more` so the VC-JWT verifier builds; `verify-jcs` owns the full version that replaces it.
public enum VCRecordMapper {
    /// Maps the credential JSON (VC 1.1 or 2.0) to a record: title, issuer, dates, learner id.
    public static func record(from credential: JSONObject) -> CredentialRecord {
        var record = CredentialRecord()
        let subject = credential["credentialSubject"]?.asList.first?.objectValue
        let achievement = subject?["achievement"]?.objectValue
        record.title = achievement?["name"]?.stringValue ?? credential["name"]?.stringValue
        record.description = achievement?["description"]?.stringValue ?? credential["description"]?.stringValue
        record.awardingBody = organisation(credential["issuer"])
        let issued = credential["validFrom"]?.stringValue ?? credential["issuanceDate"]?.stringValue
        record.issued = issued.flatMap(XSDDateTime.parse)
        record.validFrom = record.issued
        let until = credential["validUntil"]?.stringValue ?? credential["expirationDate"]?.stringValue
        record.validUntil = until.flatMap(XSDDateTime.parse)
        record.credentialIdentifier = credential["id"]?.stringValue
        if let id = subject?["id"]?.stringValue { record.learner = Learner(id: id) }
        return record
    }

    private static func organisation(_ value: JSONValue?) -> Organisation? {
        guard let value else { return nil }
        if let id = value.stringValue { return Organisation(id: id) }
        guard let object = value.objectValue else { return nil }
        return Organisation(name: object["name"]?.stringValue, id: object["id"]?.stringValue)
    }
}
