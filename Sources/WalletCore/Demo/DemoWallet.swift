import Foundation

/// The demo wallet: signed sample credentials that really verify, plus the other verdicts cairn
/// gives (failed, expired, unverifiable, self-asserted), with a public passphrase shown on screen.
/// It lives beside the real wallet (`$XDG_DATA_HOME/cairn/demo.db`) and never touches it.
///
/// Nothing here bypasses verification: every document goes through `Wallet.importDocuments` and
/// gets the verdict any user's import would give it. See `Notes/demo.md` for the contents.
public enum DemoWallet {
    /// The demo's passphrase; it is public, printed on screen and in the README.
    public static let passphrase = "demo"
    /// A cheap scrypt cost: the passphrase is public, so a slow KDF would protect nothing.
    public static let kdfLogN = 12

    /// The demo wallet path: `$CAIRN_DEMO_WALLET`, else `<data dir>/demo.db`.
    public static func location(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let path = environment["CAIRN_DEMO_WALLET"], !path.isEmpty { return URL(fileURLWithPath: path) }
        return WalletLocation.dataDirectory(environment: environment).appendingPathComponent("demo.db")
    }

    /// Opens the demo wallet (creating it if absent) and imports any sample credential it lacks.
    ///
    /// Only the two deliberately failing samples are imported with `keepInvalid`; any other
    /// rejection means the demo is broken and is thrown.
    public static func openOrCreate(at url: URL? = nil, now: Date = Date()) throws -> Wallet {
        let url = url ?? location()
        let secret = Passphrase(passphrase)
        let exists = FileManager.default.fileExists(atPath: url.path)
        let wallet = exists
            ? try Wallet.open(at: url, passphrase: secret)
            : try Wallet.create(at: url, passphrase: secret, kdfLogN: kdfLogN)
        let held = exists ? Set(try wallet.credentials().compactMap(\.record.credentialIdentifier)) : []
        let samples = try samples().filter { sample in sample.signedCredentialID.map { !held.contains($0) } ?? true }
        let outcomes = wallet.importDocuments(samples.filter { !$0.keepInvalid }.map(\.document), options: ImportOptions(now: now))
            + wallet.importDocuments(samples.filter(\.keepInvalid).map(\.document), options: ImportOptions(keepInvalid: true, now: now))
        if let failure = outcomes.first(where: { $0.status == .rejected }) {
            throw WalletError.storage("demo credential \(failure.file) was rejected: \(failure.error ?? "unknown reason")")
        }
        return wallet
    }

    /// Every demo document with its import rule, in import order.
    public static func samples() throws -> [DemoSample] {
        try DemoCredentials.samples()
    }

    /// The demo documents (signed templates, paper certificates, public samples).
    public static func documents() throws -> [ImportDocument] {
        try samples().map(\.document)
    }
}
