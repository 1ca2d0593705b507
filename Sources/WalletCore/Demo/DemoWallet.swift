import Foundation

/// The demo wallet: a wallet full of realistic self-asserted sample credentials, with a public
/// passphrase shown on screen. It lives beside the real wallet (`$XDG_DATA_HOME/cairn/demo.db`)
/// and never touches it.
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
    public static func openOrCreate(at url: URL? = nil) throws -> Wallet {
        let url = url ?? location()
        let secret = Passphrase(passphrase)
        let wallet = FileManager.default.fileExists(atPath: url.path)
            ? try Wallet.open(at: url, passphrase: secret)
            : try Wallet.create(at: url, passphrase: secret, kdfLogN: kdfLogN)
        let outcomes = wallet.importDocuments(try documents())
        if let failure = outcomes.first(where: { $0.status == .rejected }) {
            throw WalletError.storage("demo credential \(failure.file) was rejected: \(failure.error ?? "unknown reason")")
        }
        return wallet
    }

    /// The bundled sample documents, sorted by file name.
    public static func documents() throws -> [ImportDocument] {
        guard let directory = Bundle.module.url(forResource: "demo", withExtension: nil) else {
            throw WalletError.storage("the demo credentials are missing from the cairn resources")
        }
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.map { ImportDocument(name: "demo/\($0.lastPathComponent)", bytes: try Data(contentsOf: $0)) }
    }
}
