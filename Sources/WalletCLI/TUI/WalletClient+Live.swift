import Foundation
import WalletCore
import WalletModel
import WalletStacking
import WalletTUI

extension WalletClient {
    /// The client backed by the real encrypted wallet at `location`.
    ///
    /// - Parameters:
    ///   - slot: holds the wallet once unlocked; pass a filled slot to start unlocked (the demo).
    ///   - catalogue: the pathways the stacking screen evaluates.
    static func live(location: URL, slot: WalletSlot, catalogue: PathwayCatalogue) -> WalletClient {
        WalletClient(
            unlock: { bytes in slot.set(try Wallet.open(at: location, passphrase: Passphrase(bytes: bytes))) },
            overviews: { try slot.get().overviews() },
            credential: { id in try slot.get().credential(id) },
            importFiles: { paths in importFiles(paths, slot: slot) },
            stackingSummary: { try slot.get().stack(catalogue: catalogue).map(PathwayProgress.init(result:)) },
            export: { ids, options in try export(ids, options: options, wallet: try slot.get()) }
        )
    }

    /// The share screen's export, honouring its options: without originals the file is the bare
    /// signed presentation; an unsigned bundle does not exist, so turning signing off is refused
    /// with the reason rather than silently signed anyway.
    static func export(_ ids: [CredentialID], options: ExportOptions, wallet: Wallet, into directory: URL? = nil) throws -> String {
        guard options.sign else {
            throw WalletError.storage(
                "cairn bundles are always signed by your holder key (that is what lets the recipient check them); "
                    + "turn signing back on")
        }
        return try wallet.exportBundleFile(
            ids, validDays: options.validDays, presentationOnly: !options.includeOriginals,
            into: directory ?? Wallet.defaultExportDirectory())
    }

    private static func importFiles(_ paths: [String], slot: WalletSlot) -> [ImportFileResult] {
        guard let wallet = try? slot.get() else {
            return paths.map { ImportFileResult(file: $0, status: .rejected, message: "the wallet is locked") }
        }
        return wallet.importFiles(paths.map { URL(fileURLWithPath: $0) }).map { outcome in
            let status = ImportFileResult.Status(rawValue: outcome.status.rawValue) ?? .rejected
            let message = outcome.error ?? outcome.verification.map { "verification: \($0.status.rawValue)" } ?? ""
            return ImportFileResult(file: outcome.file, status: status, id: outcome.id, message: message)
        }
    }
}
