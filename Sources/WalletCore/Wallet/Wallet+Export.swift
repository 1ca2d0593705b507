import Foundation
import WalletBundle
import WalletModel

extension Wallet {
    /// The bytes of a shareable bundle of `ids` (issue 7), signed `eddsa-jcs-2022` by the holder key.
    /// The caller writes them to the chosen output; nothing is written here.
    public func exportBundle(_ ids: [CredentialID], options: ExportOptions) throws -> Data {
        guard !ids.isEmpty else { throw WalletError.storage("name at least one credential to export") }
        let credentials = try ids.map { try credential($0) }
        let signer = EdDSAJCSPresentationSigner(key: try holderKey(), created: options.exportedAt)
        var options = options
        if options.learnerName.isEmpty || options.learnerName.hasPrefix("did:") {
            options.learnerName = Self.learnerName(of: credentials) ?? options.learnerName
        }
        do {
            return try BundleExporter(signer: signer).export(credentials, options: options)
        } catch {
            throw WalletError.storage("export failed: \(error)")
        }
    }

    /// The learner's name as the credentials state it most often (ties: the first stated), so the
    /// transcript greets a reader with a person, not a DID; `nil` when no credential names one.
    static func learnerName(of credentials: [Credential]) -> String? {
        let names = credentials.compactMap { $0.record.learner?.name?.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let counts = Dictionary(names.map { ($0, 1) }, uniquingKeysWith: +)
        return names.max { counts[$0, default: 0] < counts[$1, default: 0] }
    }
}

/// Verifies a bundle file as `cairn verify-bundle` does: the real holder-proof verifier and the
/// same credential inspector as `cairn inspect`. Needs no wallet.
public enum BundleVerifier {
    /// Opens (decrypting with the options' identities) and checks `data`.
    public static func verify(_ data: Data, options: BundleReadOptions) throws(BundleError) -> BundleVerification {
        try reader.verify(data, options: options)
    }

    /// The reader with the real `eddsa-jcs-2022` verifier and `CredentialInspector`.
    public static var reader: BundleReader {
        BundleReader(credentialChecker: InspectorCredentialChecker(), proofVerifier: EdDSAJCSPresentationVerifier())
    }
}
