import ArgumentParser
import Foundation
import WalletCore
import WalletModel

/// `cairn list`: one line (or JSON object) per credential, newest first.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the credentials in the wallet.")

    @OptionGroup var options: WalletOptions

    @Flag(name: .long, help: "Print a JSON array (see README for the fields).")
    var json = false

    func run() throws {
        try Console.run {
            let listing = try options.open().listing()
            if json {
                FileHandle.standardOutput.write(Data(CredentialJSON.listBytes(listing.summaries)))
            } else {
                listing.summaries.forEach { Console.line(TextFormat.listLine($0)) }
                if listing.summaries.isEmpty { Console.error("The wallet is empty; add credentials with `cairn import PATH`.") }
            }
            for damaged in listing.damaged {
                Console.error("cairn: credential \(damaged.id.short) is damaged (\(damaged.reason)); the others are intact")
            }
            if !listing.damaged.isEmpty { throw ExitCode(1) }
        }
    }
}
