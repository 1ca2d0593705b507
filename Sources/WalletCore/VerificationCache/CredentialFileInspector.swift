import Foundation
import WalletModel
import WalletVerify

/// What `cairn inspect` needs, in model types only: the inspector wired to the user's caches.
public struct CredentialFileInspector: Sendable {
    let inspector: CredentialInspector

    /// An inspector that reads the issuer key cache and status lists under `dataDirectory`.
    public init(dataDirectory: URL = CacheDirectory.dataDirectory()) {
        inspector = CredentialInspector(
            registry: .standard,
            issuerLookup: IssuerCacheStore(dataDirectory: dataDirectory).lookup(),
            statusLookup: StatusListStore(dataDirectory: dataDirectory).lookup())
    }

    /// The full inspection (with the original and any baked image), for `import`.
    func inspection(_ data: Data, at date: Date) throws(InspectionError) -> Inspection {
        try inspector.inspect(data, at: date)
    }

    /// The format, EU elements and verdict of one file's bytes, or a reason it cannot be read.
    public func inspect(_ data: Data, at date: Date) -> Result<InspectedCredential, UnreadableCredential> {
        do {
            let inspection = try inspector.inspect(data, at: date)
            return .success(InspectedCredential(format: inspection.format, record: inspection.record, verification: inspection.verification))
        } catch {
            return .failure(UnreadableCredential(message: error.description))
        }
    }
}

/// A credential that was read (whatever the verdict).
public struct InspectedCredential: Sendable {
    public let format: CredentialFormat
    public let record: CredentialRecord
    public let verification: VerificationReport
}

/// Why a file is not a readable credential (exit code 2).
public struct UnreadableCredential: Error, Sendable {
    public let message: String
}
