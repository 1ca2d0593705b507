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
            export: { ids, options in
                try slot.get().exportBundleFile(ids, validDays: options.validDays, into: Wallet.defaultExportDirectory())
            }
        )
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
