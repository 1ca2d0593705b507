import ArgumentParser
import Foundation
import WalletCore

/// `cairn status add|list|remove`: cached, signed status lists for offline revocation checks.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Manage cached revocation/suspension lists (BitstringStatusList, StatusList2021).",
        discussion: """
            Download the list credential a credential's statusListCredential URL points to and add it here. \
            Its signature is checked every time it is used; without a cached, verifiable list the status check \
            is `unknown`. Stored as plain JSON under $XDG_DATA_HOME/cairn/status/.
            """,
        subcommands: [StatusAddCommand.self, StatusListCommand.self, StatusRemoveCommand.self])
}

struct StatusAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Cache a status list credential file.")

    @Argument(help: "A BitstringStatusListCredential or StatusList2021Credential JSON file.")
    var file: String

    func run() throws {
        let id = try StatusListStore().add(listData: try CLIFile.read(file))
        print("Cached status list \(id)")
    }
}

struct StatusListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List cached status lists.")

    func run() {
        let ids = StatusListStore().ids()
        if ids.isEmpty { print("No cached status lists. Add one with `cairn status add FILE`.") }
        ids.forEach { print($0) }
    }
}

struct StatusRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a cached status list by its URL.")

    @Argument(help: "The list's id (URL) as `cairn status list` shows it.")
    var id: String

    func run() throws {
        guard StatusListStore().remove(id: id) else { throw ValidationError("no cached status list \(id)") }
        print("Removed \(id)")
    }
}
