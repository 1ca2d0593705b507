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
            export: { ids, options in try export(ids, options: options, wallet: try slot.get(), catalogue: catalogue) }
        )
    }

    /// The share screen's export, honouring every option: without originals the file is the bare
    /// signed presentation (and has no transcript to put progress in).
    static func export(
        _ ids: [CredentialID], options: ExportOptions, wallet: Wallet, catalogue: PathwayCatalogue, into directory: URL? = nil
    ) throws -> String {
        let progress = options.includeProgress && options.includeOriginals ? try progressText(wallet, catalogue: catalogue) : nil
        return try wallet.exportBundleFile(
            ids, validDays: options.validDays, presentationOnly: !options.includeOriginals, stackingProgress: progress,
            into: directory ?? Wallet.defaultExportDirectory())
    }

    /// The transcript's progress section: the (at most five) pathways the wallet is furthest along,
    /// as `cairn stack` prints them; `nil` when nothing counts anywhere.
    private static func progressText(_ wallet: Wallet, catalogue: PathwayCatalogue) throws -> String? {
        func share(_ result: PathwayResult) -> Double {
            result.progress.requiredECTS > 0 ? result.progress.countedECTS / result.progress.requiredECTS : 0
        }
        let results = try wallet.stack(catalogue: catalogue).filter { !$0.counted.isEmpty }
        let chosen = Array(results.sorted { (share($0), $1.id) > (share($1), $0.id) }.prefix(5))
        guard !chosen.isEmpty else { return nil }
        return StackTextRenderer(titles: try wallet.credentialTitles(), verbose: false, listsNotCounted: false).render(chosen)
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
