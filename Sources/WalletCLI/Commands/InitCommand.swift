import ArgumentParser
import Foundation
import WalletCore

/// `cairn init`: creates a new encrypted wallet.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create a new encrypted wallet.",
        discussion: "The passphrase is asked twice on the terminal, or read from $CAIRN_PASSPHRASE_FILE / $CAIRN_PASSPHRASE.")

    @OptionGroup var options: WalletOptions

    @Option(name: .customLong("kdf-log-n"), help: "scrypt cost as log2(N) (default \(Wallet.defaultKDFLogN); below \(Wallet.recommendedMinimumKDFLogN) is for tests only).")
    var kdfLogN: Int = Wallet.defaultKDFLogN

    func validate() throws {
        guard (Wallet.minimumKDFLogN...Wallet.maximumKDFLogN).contains(kdfLogN) else {
            throw ValidationError("--kdf-log-n must be between \(Wallet.minimumKDFLogN) and \(Wallet.maximumKDFLogN)")
        }
    }

    func run() throws {
        try Console.run {
            let url = options.location.url
            guard !FileManager.default.fileExists(atPath: url.path) else { throw WalletError.alreadyExists(path: url.path) }
            if kdfLogN < Wallet.recommendedMinimumKDFLogN {
                Console.error("warning: --kdf-log-n \(kdfLogN) is weak against passphrase guessing; use it for tests only")
            }
            let passphrase = try PassphraseSource().read(prompt: "New passphrase for \(url.path): ", confirm: true)
            let wallet = try Wallet.create(at: url, passphrase: passphrase, kdfLogN: kdfLogN)
            Console.line("Created an encrypted wallet at \(wallet.url.path) (scrypt log2 N = \(kdfLogN)).")
        }
    }
}
