import Foundation

/// One credential as the wallet keeps it: the normalised record, the verdict, and the original bytes.
///
/// The original bytes are kept verbatim because every signature covers them (or a canonical form
/// of them); re-serialising a parsed copy would break proofs when the credential is shared.
public struct Credential: Codable, Equatable, Sendable, Identifiable {
    public var id: CredentialID
    public var format: CredentialFormat
    public var record: CredentialRecord
    public var verification: VerificationReport
    /// The document exactly as imported (JSON, JWT text, or the credential extracted from an image).
    public var original: Data
    /// The image the credential was baked into, when it arrived as a PNG or SVG.
    public var bakedImage: Data?
    /// The file name it was imported from, for display only.
    public var sourceFileName: String?
    public var importedAt: Date

    public init(
        id: CredentialID, format: CredentialFormat, record: CredentialRecord,
        verification: VerificationReport, original: Data, bakedImage: Data? = nil,
        sourceFileName: String? = nil, importedAt: Date
    ) {
        self.id = id
        self.format = format
        self.record = record
        self.verification = verification
        self.original = original
        self.bakedImage = bakedImage
        self.sourceFileName = sourceFileName
        self.importedAt = importedAt
    }

    /// The small summary lists and search need, without the original bytes.
    public var overview: CredentialOverview {
        CredentialOverview(
            id: id, format: format, title: record.title, awardingBody: record.awardingBody,
            issued: record.issued, validUntil: record.validUntil, workload: record.workload,
            eqfLevel: record.eqfLevel, verificationStatus: verification.status,
            fieldsOfStudy: record.fieldsOfStudy)
    }
}
