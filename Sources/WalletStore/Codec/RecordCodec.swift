import Foundation
import WalletCrypto
import WalletModel

/// Turns model values into sealed blobs and back; the only place that knows the record namespaces.
///
/// Overview and details are sealed separately (1Password's split): the list decrypts only the
/// small overviews; the original document is decrypted only for the detail view or an export.
struct RecordCodec {
    static let schemaVersion: UInt16 = 1
    static let overviewLabel = "cairn.v1/credential.overview"
    static let detailsLabel = "cairn.v1/credential.details"

    private let overviewKey: ContentKey
    private let detailsKey: ContentKey
    private let encoder = JSONEncoder()
    private let decoder = JSONDecoder()

    init(masterKey: MasterKey) {
        overviewKey = ContentKey(masterKey: masterKey, label: Self.overviewLabel)
        detailsKey = ContentKey(masterKey: masterKey, label: Self.detailsLabel)
    }

    func sealSummary(_ summary: CredentialSummary) throws -> Data {
        Data(try DataEnvelope.seal(SummaryCoding.encode(summary), namespace: Self.namespace(Self.overviewLabel, summary.id), key: overviewKey))
    }

    func sealDetails(_ credential: Credential) throws -> Data {
        Data(try DataEnvelope.seal(encoder.encode(credential), namespace: Self.namespace(Self.detailsLabel, credential.id), key: detailsKey))
    }

    func openSummary(_ blob: Data, id: CredentialID) throws(StoreError) -> CredentialSummary {
        let plain = try open(blob, label: Self.overviewLabel, id: id)
        guard let summary = try? SummaryCoding.decode(plain), summary.id == id else {
            throw .recordDamaged(id, "the overview does not decode")
        }
        return summary
    }

    func openDetails(_ blob: Data, id: CredentialID) throws(StoreError) -> Credential {
        let plain = try open(blob, label: Self.detailsLabel, id: id)
        guard let credential = try? decoder.decode(Credential.self, from: Data(plain)), credential.id == id else {
            throw .recordDamaged(id, "the details do not decode")
        }
        return credential
    }

    private func open(_ blob: Data, label: String, id: CredentialID) throws(StoreError) -> [UInt8] {
        do {
            return try DataEnvelope.open(Array(blob), namespace: Self.namespace(label, id), key: label == Self.overviewLabel ? overviewKey : detailsKey)
        } catch {
            throw .recordDamaged(id, "authentication failed")
        }
    }

    private static func namespace(_ label: String, _ id: CredentialID) -> Namespace {
        Namespace(label: label, objectID: id.rawValue, schemaVersion: schemaVersion)
    }
}
