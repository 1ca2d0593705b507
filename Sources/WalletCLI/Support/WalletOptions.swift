import ArgumentParser
import Foundation
import WalletCore

/// The `--wallet PATH` option every wallet command takes, and how to unlock the wallet it names.
struct WalletOptions: ParsableArguments {
    @Option(
        name: .long, help: ArgumentHelp(
            "The wallet file (default: $CAIRN_WALLET, else $XDG_DATA_HOME/cairn/wallet.db).", valueName: "path"))
    var wallet: String?

    /// The resolved wallet path.
    var location: WalletLocation { WalletLocation(flag: wallet) }

    /// Reads the passphrase (env or terminal) and opens the wallet.
    func open() throws -> Wallet {
        let url = location.url
        guard FileManager.default.fileExists(atPath: url.path) else { throw WalletError.walletNotFound(path: url.path) }
        let passphrase = try PassphraseSource().read(prompt: "Passphrase for \(url.path): ")
        return try Wallet.open(at: url, passphrase: passphrase)
    }
}
