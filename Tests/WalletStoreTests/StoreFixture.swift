import Foundation
import GRDB
import WalletCrypto
import WalletModel
import WalletStore

/// A temporary directory with a wallet path, removed when the fixture is released.
final class StoreFixture {
    let directory: URL
    let url: URL
    let passphrase = Passphrase("correct horse battery staple")

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        url = directory.appendingPathComponent("wallet.db")
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func create() throws -> WalletDatabase {
        try WalletDatabase.create(at: url, passphrase: passphrase, kdfLogN: 10)
    }

    func open(_ passphrase: Passphrase? = nil) throws -> WalletDatabase {
        try WalletDatabase.open(at: url, passphrase: passphrase ?? self.passphrase)
    }

    /// Runs raw SQL on the file, as an attacker or a disk error would (no cairn code involved).
    func raw<T>(_ body: (Database) throws -> T) throws -> T {
        let queue = try DatabaseQueue(path: url.path)
        return try queue.write(body)
    }

    /// Every byte of the wallet file and its sidecars.
    func fileBytes(suffixes: [String] = ["", "-wal", "-shm"]) -> Data {
        suffixes.compactMap { FileManager.default.contents(atPath: url.path + $0) }.reduce(Data(), +)
    }

    static func credential(_ index: Int, title: String? = nil, issuer: String = "University of Zed") -> Credential {
        let record = CredentialRecord(
            title: title ?? "Statistics for Data Analysis \(index)",
            awardingBody: Organisation(name: issuer, country: "IE"),
            issued: Date(timeIntervalSince1970: 1_718_323_200), workload: [Workload(value: 5, unit: .ects)], eqfLevel: 6)
        return Credential(
            id: CredentialID(bytes: SecureRandom.bytes(16)), format: .selfAsserted, record: record,
            verification: .selfAsserted(at: Date(timeIntervalSince1970: 1_750_000_000)),
            original: Data("{\"n\":\(index)}".utf8), importedAt: Date(timeIntervalSince1970: 1_750_000_000))
    }
}
