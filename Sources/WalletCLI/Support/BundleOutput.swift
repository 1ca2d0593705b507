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

    /// Writes `data` to a new file (mode 0600, created atomically); refuses to replace an existing one (exit 2).
    static func write(_ data: Data, to path: String) throws {
        guard try NewFile.write(data, to: path) else {
            throw Console.usage("\(path) already exists; refusing to overwrite it")
        }
    }
}
