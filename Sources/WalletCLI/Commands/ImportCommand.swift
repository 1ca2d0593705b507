import ArgumentParser
import Foundation
import WalletCore

/// `cairn import`: reads credential files or directories into the wallet.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import credential files or directories (format detected from content).")

    @OptionGroup var options: WalletOptions

    @Flag(name: .long, help: "Print one JSON object per input file (see README).")
    var json = false

    @Flag(name: .customLong("keep-invalid"), help: "Store credentials whose verification failed instead of rejecting them.")
    var keepInvalid = false

    @Argument(help: ArgumentHelp("Files or directories to import.", valueName: "path"))
    var paths: [String]

    func run() throws {
        var outcomes: [ImportOutcome] = []
        try Console.run {
            let wallet = try options.open()
            let quiet = json
            let importOptions = ImportOptions(keepInvalid: keepInvalid) { batch in
                // Printed only after the batch is committed: every "imported" line is durable.
                if !quiet { batch.forEach { Console.line(Self.describe($0)) } }
            }
            outcomes = wallet.importFiles(paths.map { URL(fileURLWithPath: $0) }, options: importOptions)
        }
        if json { Console.out(CredentialJSON.imports(outcomes)) }
        let count = { (status: ImportOutcome.Status) in outcomes.filter { $0.status == status }.count }
        Console.error("\(count(.imported)) imported, \(count(.duplicate)) duplicate, \(count(.rejected)) rejected")
        let code = ImportOutcome.exitCode(for: outcomes)
        if code != 0 { throw ExitCode(code) }
    }

    static func describe(_ outcome: ImportOutcome) -> String {
        let id = outcome.id?.short ?? "--------"
        switch outcome.status {
        case .imported: return "imported   \(id)  \(outcome.verification?.status.rawValue ?? "")  \(outcome.file)"
        case .duplicate: return "duplicate  \(id)  already in the wallet  \(outcome.file)"
        case .rejected: return "rejected   \(id)  \(outcome.file): \(outcome.error ?? "rejected")"
        }
    }
}
