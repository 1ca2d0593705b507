import Foundation
import WalletBundle
import WalletModel

extension Wallet {
    /// The bytes of a shareable bundle of `ids` (issue 7), signed `eddsa-jcs-2022` by the holder key.
    /// The caller writes them to the chosen output; nothing is written here.
    public func exportBundle(_ ids: [CredentialID], options: ExportOptions) throws -> Data {
        guard !ids.isEmpty else { throw WalletError.storage("name at least one credential to export") }
        let credentials = try ids.map { try credential($0) }
        var options = options
        // The transcript greets a person; a DID is the holder line's job, not the learner's.
        if options.learnerName.isEmpty || options.learnerName.hasPrefix("did:") {
            options.learnerName = Self.learnerName(of: credentials)
        }
        let signer = EdDSAJCSPresentationSigner(key: try holderKey(), created: options.exportedAt)
        do {
            return try BundleExporter(signer: signer).export(credentials, options: options)
        } catch {
            throw WalletError.storage("export failed: \(error)")
        }
    }
}

extension Wallet {
    /// The learner the transcript names for a human reader: the name the credentials state (the
    /// holder's `did:key` is shown separately), the most frequent first when they differ, or
    /// "not stated" when none does.
    public static func learnerName(of credentials: [Credential]) -> String {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for credential in credentials {
            guard let name = credential.record.learner?.name?.trimmingCharacters(in: .whitespacesAndNewlines),
                !name.isEmpty
            else { continue }
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        let ranked = order.enumerated().sorted { lhs, rhs in
            let (left, right) = (counts[lhs.element] ?? 0, counts[rhs.element] ?? 0)
            return left != right ? left > right : lhs.offset < rhs.offset
        }
        return ranked.isEmpty ? "not stated" : ranked.map(\.element).joined(separator: " / ")
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
