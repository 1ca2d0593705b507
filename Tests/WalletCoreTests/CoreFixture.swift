import Foundation
import WalletCore

/// A temporary directory holding a wallet (scrypt log2 N = 10) and input files.
final class CoreFixture {
    let directory: URL
    let url: URL
    let passphrase = Passphrase("correct horse battery staple")

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-core-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        url = directory.appendingPathComponent("wallet.db")
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func create() throws -> Wallet {
        try Wallet.create(at: url, passphrase: passphrase, kdfLogN: 10)
    }

    /// Writes `text` to `name` in the fixture directory.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let file = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    static func selfAsserted(title: String, extra: String = "") -> String {
        """
        {"type": "CairnSelfAssertedCredential", "version": 1, "title": "\(title)",
         "awardingBody": {"name": "University of Zed", "country": "ie"},
         "issued": "2024-06-14", "workload": [{"value": 5, "unit": "ECTS"}, {"value": 125, "unit": "hours"}],
         "eqfLevel": 6\(extra)}
        """
    }
}
