import Foundation

/// What the wallet list needs of a credential: decrypted without touching the original document.
///
/// Follows 1Password's overview/details split: listing 10,000 credentials must not decrypt
/// 10,000 full documents.
public struct CredentialOverview: Codable, Equatable, Sendable, Identifiable {
    public var id: CredentialID
    public var format: CredentialFormat
    public var title: String?
    public var awardingBody: Organisation?
    public var issued: Date?
    public var validUntil: Date?
    public var workload: [Workload]
    public var eqfLevel: Int?
    public var verificationStatus: VerificationStatus
    public var fieldsOfStudy: [String]

    public init(
        id: CredentialID, format: CredentialFormat, title: String?, awardingBody: Organisation?,
        issued: Date?, validUntil: Date?, workload: [Workload], eqfLevel: Int?,
        verificationStatus: VerificationStatus, fieldsOfStudy: [String]
    ) {
        self.id = id
        self.format = format
        self.title = title
        self.awardingBody = awardingBody
        self.issued = issued
        self.validUntil = validUntil
        self.workload = workload
        self.eqfLevel = eqfLevel
        self.verificationStatus = verificationStatus
        self.fieldsOfStudy = fieldsOfStudy
    }

    /// The ECTS value when the credential states its workload in ECTS; nil otherwise (never converted).
    public var ects: Double? { workload.first { $0.unit == .ects }?.value }
}
