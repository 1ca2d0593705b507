import ArgumentParser
import Foundation
import WalletCore
import WalletStacking

/// `cairn pathways`: the pathways cairn knows (built-in, user, `--pathways`), and a linter for new ones.
struct PathwaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pathways", abstract: "List the stacking pathways, or check a pathway file.",
        subcommands: [PathwaysListCommand.self, PathwaysCheckCommand.self],
        defaultSubcommand: PathwaysListCommand.self)
}

/// `cairn pathways [list] [--json]`.
struct PathwaysListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the stacking pathways.")

    @Flag(name: .long, help: "Print a JSON array of {id, title, kind, version, origin, required_ects, requirements}.")
    var json = false

    @Option(name: .long, help: "A directory of extra pathway *.toml files (may be repeated).")
    var pathways: [String] = []

    func run() throws {
        let catalogue = try PathwayCommandSupport.catalogue(extraDirectories: pathways)
        let renderer = PathwayListRenderer()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Console.line(String(decoding: try encoder.encode(renderer.summaries(catalogue)), as: UTF8.self))
        } else {
            Console.out(renderer.render(catalogue))
        }
    }
}

/// `cairn pathways check FILE`: lint a pathway file; exit 1 when it has errors.
struct PathwaysCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check a pathway TOML file and report problems with their keys.")

    @Argument(help: "The pathway file to check.")
    var file: String

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            Console.error("cairn: cannot read \(file)")
            throw ExitCode(2)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            Console.error("cairn: \(file) is not UTF-8 text")
            throw ExitCode(2)
        }
        let catalogue = (try? PathwayLibrary.catalogue()) ?? PathwayCatalogue(pathways: [])
        let issues = PathwayLinter().lint(text, against: catalogue)
        Console.out(PathwayListRenderer().render(issues: issues, file: file))
        if !PathwayLinter.passes(issues) { throw ExitCode(1) }
    }
}
