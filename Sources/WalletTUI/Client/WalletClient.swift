import WalletModel

/// Everything the terminal UI asks of the wallet, as a struct of closures (pointfree style).
///
/// Why closures rather than a protocol or `WalletCore.Wallet` directly: the UI is tested against
/// in-memory fakes, `preview` runs the whole app without a wallet file, and the CLI wires the live
/// wallet in one place. Every closure may block; the runtime calls them between frames.
public struct WalletClient: Sendable {
    /// Derives the key from the passphrase bytes and opens the wallet; throws on a wrong passphrase.
    public var unlock: @Sendable (_ passphrase: [UInt8]) throws -> Void
    /// The overviews of every credential (no original documents).
    public var overviews: @Sendable () throws -> [CredentialOverview]
    /// One full credential, for the detail screen.
    public var credential: @Sendable (CredentialID) throws -> Credential
    /// Expands the paths typed on the import screen into the files to import (directories listed).
    public var importCandidates: @Sendable (_ paths: [String]) -> [String]
    /// Imports files; one result per file, in order. Never throws: failures are `rejected` results.
    public var importFiles: @Sendable (_ paths: [String]) -> [ImportFileResult]
    /// Progress toward each pathway (stacking engine; until it lands, ladder totals).
    public var stackingSummary: @Sendable () throws -> [PathwayProgress]
    /// Exports a shareable bundle of the given credentials; returns the path written.
    public var export: @Sendable (_ ids: [CredentialID], _ options: ExportOptions) throws -> String
    /// Tab completions for a partly typed path (full candidate paths, directories ending in `/`).
    public var completions: @Sendable (_ forPath: String) -> [String]

    public init(
        unlock: @escaping @Sendable ([UInt8]) throws -> Void,
        overviews: @escaping @Sendable () throws -> [CredentialOverview],
        credential: @escaping @Sendable (CredentialID) throws -> Credential,
        importCandidates: @escaping @Sendable ([String]) -> [String] = PathCompletion.importCandidates,
        importFiles: @escaping @Sendable ([String]) -> [ImportFileResult],
        stackingSummary: @escaping @Sendable () throws -> [PathwayProgress],
        export: @escaping @Sendable ([CredentialID], ExportOptions) throws -> String,
        completions: @escaping @Sendable (String) -> [String] = PathCompletion.complete
    ) {
        self.unlock = unlock
        self.overviews = overviews
        self.credential = credential
        self.importCandidates = importCandidates
        self.importFiles = importFiles
        self.stackingSummary = stackingSummary
        self.export = export
        self.completions = completions
    }
}
