import ArgumentParser
import Foundation
import WalletCore

/// `cairn issuers add|list|remove`: the local issuer key cache used to resolve did:web and https keys offline.
struct IssuersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issuers",
        abstract: "Manage the local issuer key cache (did:web and https keys, trusted issuers).",
        discussion: """
            cairn never fetches keys from the network. Save the issuer's DID document (https://HOST/.well-known/did.json \
            for did:web:HOST) or key yourself and add it here. Stored as plain JSON under \
            $XDG_DATA_HOME/cairn/issuers/ (public keys are not secret).
            """,
        subcommands: [IssuersAddCommand.self, IssuersListCommand.self, IssuersRemoveCommand.self])
}

struct IssuersAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a DID/controller document (FILE), or one key (--url URL --key FILE).")

    @Argument(help: "A DID document or controller document (JSON with id, verificationMethod, assertionMethod).")
    var file: String?

    @Option(name: .long, help: "The key's URL as credentials name it, e.g. https://example.edu/issuers/1#key-1.")
    var url: String?

    @Option(name: .long, help: "The key for --url: a JWK, a Multikey JSON document, or a z… multibase string.")
    var key: String?

    @Flag(name: .long, help: "Also mark this issuer as trusted (the trust check passes for it).")
    var trusted = false

    func validate() throws {
        guard (file != nil) != (url != nil || key != nil) else { throw ValidationError("give either FILE, or --url and --key") }
        guard (url == nil) == (key == nil) else { throw ValidationError("--url and --key go together") }
    }

    func run() throws {
        let store = IssuerCacheStore()
        let summary: IssuerSummary
        if let file {
            summary = try store.addDocument(try CLIFile.read(file), source: file, trusted: trusted)
        } else if let url, let key {
            summary = try store.addKey(url: url, keyData: try CLIFile.read(key), source: key, trusted: trusted)
        } else {
            throw ValidationError("give either FILE, or --url and --key")
        }
        print("Added \(summary.id)\(summary.trusted ? " (trusted)" : "") with \(summary.keys.count) key(s): \(summary.keys.joined(separator: ", "))")
    }
}

struct IssuersListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List cached issuers and their keys.")

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    func run() throws {
        let summaries = IssuerCacheStore().summaries()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            print(String(decoding: try encoder.encode(summaries), as: UTF8.self))
            return
        }
        if summaries.isEmpty { print("No cached issuers. Add one with `cairn issuers add FILE`.") }
        for summary in summaries {
            print("\(summary.id)\(summary.trusted ? "  [trusted]" : "")")
            for key in summary.keys { print("  key \(key)") }
        }
    }
}

struct IssuersRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a cached issuer by its id.")

    @Argument(help: "The issuer id as `cairn issuers list` shows it.")
    var id: String

    func run() throws {
        guard IssuerCacheStore().remove(id: id) else { throw ValidationError("no cached issuer \(id)") }
        print("Removed \(id)")
    }
}

/// Reads a file named on the command line, with an actionable error.
enum CLIFile {
    static func read(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read \(path)") }
        return data
    }
}
