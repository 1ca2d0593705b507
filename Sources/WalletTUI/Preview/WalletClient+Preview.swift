import Foundation
import WalletModel

/// Why the preview wallet refused something.
public enum PreviewError: Error, CustomStringConvertible {
    case wrongPassphrase
    case locked
    case notFound(CredentialID)
    case nothingToExport
    case cannotWrite(String)

    public var description: String {
        switch self {
        case .wrongPassphrase: "Wrong passphrase. Try again."
        case .locked: "The wallet is locked."
        case .notFound(let id): "No credential \(id.short) in the wallet."
        case .nothingToExport: "Mark at least one credential to export."
        case .cannotWrite(let path): "Cannot write \(path); check the folder exists and is writable."
        }
    }
}

/// The in-memory wallet behind `WalletClient.preview`; a lock makes it safe to share.
final class PreviewWallet: @unchecked Sendable {
    private let lock = NSLock()
    private var credentials: [Credential]
    private var unlocked = false
    let passphrase: String

    init(credentials: [Credential], passphrase: String) {
        self.credentials = credentials
        self.passphrase = passphrase
    }

    func withLock<T>(_ body: (inout [Credential], inout Bool) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&credentials, &unlocked)
    }
}

extension WalletClient {
    /// A client over sample credentials in memory (passphrase `demo`): runs the whole UI without a wallet.
    ///
    /// Exports write a small JSON manifest into `exportDirectory`; imports accept JSON files with a
    /// `title` (self-asserted), report the same title twice as a duplicate and reject anything else.
    public static func preview(
        credentials: [Credential] = PreviewCredentials.all, passphrase: String = "demo",
        exportDirectory: String = NSTemporaryDirectory()
    ) -> WalletClient {
        let wallet = PreviewWallet(credentials: credentials, passphrase: passphrase)
        return WalletClient(
            unlock: { bytes in
                try wallet.withLock { _, unlocked in
                    guard bytes == Array(wallet.passphrase.utf8) else { throw PreviewError.wrongPassphrase }
                    unlocked = true
                }
            },
            overviews: { wallet.withLock { credentials, _ in credentials.map(\.overview) } },
            credential: { id in
                try wallet.withLock { credentials, _ in
                    guard let found = credentials.first(where: { $0.id == id }) else { throw PreviewError.notFound(id) }
                    return found
                }
            },
            importFiles: { paths in paths.map { path in wallet.withLock { credentials, _ in PreviewImport.importFile(path, into: &credentials) } } },
            stackingSummary: { wallet.withLock { credentials, _ in PreviewCredentials.pathways(credentials) } },
            export: { ids, options in try PreviewImport.export(ids, options: options, directory: exportDirectory) }
        )
    }
}
