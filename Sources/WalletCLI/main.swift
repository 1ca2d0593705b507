import ArgumentParser
import Foundation
import WalletCore

// Files cairn creates (wallet, WAL, backups, lock) are private to the user.
umask(0o077)

// Usage errors exit 2 (not ArgumentParser's 64), as the README's exit-code table promises.
do {
    var command = try CairnCommand.parseAsRoot()
    try command.run()
} catch {
    if CairnCommand.exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((CairnCommand.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    CairnCommand.exit(withError: error)
}
