import Foundation
import WalletCore

/// File and passphrase plumbing shared by `export` and `verify-bundle`.
enum BundleOutput {
    /// The bundle passphrase: `CAIRN_BUNDLE_PASSPHRASE_FILE` (or `CAIRN_BUNDLE_PASSPHRASE`), else the TTY. Never argv.
    static func passphrase(prompt: String, confirm: Bool) throws -> String {
        let variables = PassphraseSource.Variables(file: "CAIRN_BUNDLE_PASSPHRASE_FILE", value: "CAIRN_BUNDLE_PASSPHRASE")
        let passphrase = try PassphraseSource().read(prompt: prompt, confirm: confirm, variables: variables)
        return String(decoding: passphrase.bytes, as: UTF8.self)
    }

    /// Writes `data` to a new file (mode 0600); refuses to replace an existing one.
    static func write(_ data: Data, to path: String) throws {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw WalletError.storage("\(path) already exists; refusing to overwrite it")
        }
        guard FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw WalletError.storage("cannot write \(path)")
        }
    }
}
