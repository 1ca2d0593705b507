import ArgumentParser
import Foundation
import WalletCore
import WalletStacking

/// `cairn stack`: progress toward every pathway, with the allocation explained.
struct StackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stack",
        abstract: "Show progress toward micro-credentials, microdegrees and degrees, and what is missing.")

    @OptionGroup var options: WalletOptions

    @Flag(name: .long, help: "Print a JSON array, one object per pathway (see README).")
    var json = false

    @Option(name: .long, help: "Evaluate only this pathway: its id or a unique last part of it (see `cairn pathways`).")
    var pathway: String?

    @Option(name: .long, help: "A directory of extra pathway *.toml files (may be repeated).")
    var pathways: [String] = []

    @Option(name: .long, help: "Evaluate validity and recency at this date (ISO 8601) instead of now.")
    var at: String?

    @Flag(name: .long, help: "Also list every credential that does not count, with its reason.")
    var verbose = false

    func run() throws {
        try Console.run {
            let date = try at.map(DateArgument.parse) ?? Date()
            let catalogue = try PathwayCommandSupport.catalogue(extraDirectories: pathways)
            let pathway = try pathway.map { try PathwayCommandSupport.resolve($0, in: catalogue) }
            let wallet = try options.open()
            let results = try wallet.stack(catalogue: catalogue, at: date, only: pathway)
            if json {
                Console.out(try PathwayCommandSupport.json(results))
            } else {
                Console.out(StackTextRenderer(titles: try wallet.credentialTitles(), verbose: verbose).render(results))
            }
        }
    }
}
