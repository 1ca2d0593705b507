import ArgumentParser
import WalletCore

/// `cairn passwd`: changes the passphrase by re-wrapping the master key (atomic).
struct PasswdCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passwd", abstract: "Change the wallet passphrase.",
        discussion: "The new passphrase is asked twice on the terminal, or read from $CAIRN_NEW_PASSPHRASE_FILE / $CAIRN_NEW_PASSPHRASE.")

    @OptionGroup var options: WalletOptions

    func run() throws {
        try Console.run {
            let wallet = try options.open()
            let newPassphrase = try PassphraseSource().read(prompt: "New passphrase: ", confirm: true, variables: .new)
            try wallet.changePassphrase(to: newPassphrase)
            Console.line("Passphrase changed for \(wallet.url.path).")
        }
    }
}
