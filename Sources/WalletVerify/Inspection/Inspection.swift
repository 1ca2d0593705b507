import Foundation
import WalletModel

/// The result of reading and verifying one document offline: what it is, what it says, the verdict.
public struct Inspection: Equatable, Sendable {
    public var format: CredentialFormat
    public var record: CredentialRecord
    public var verification: VerificationReport
    /// The credential exactly as it must be stored and shared (for a baked image: the extracted credential).
    public var original: Data
    /// The image the credential was baked into, if any.
    public var bakedImage: Data?

    public init(
        format: CredentialFormat, record: CredentialRecord, verification: VerificationReport,
        original: Data, bakedImage: Data? = nil
    ) {
        self.format = format
        self.record = record
        self.verification = verification
        self.original = original
        self.bakedImage = bakedImage
    }
}
