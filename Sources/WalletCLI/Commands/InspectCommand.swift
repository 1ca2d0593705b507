import ArgumentParser
import Foundation
import WalletCore
import WalletModel

/// `cairn inspect FILE... [--json] [--at DATE]`: read and verify files without a wallet.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what credential files say and whether they verify, offline, without a wallet.",
        discussion: """
            Exit status: 0 when every file was read and none failed verification (unverifiable counts as read),
            1 when any credential failed a check, 2 when any file could not be read as a credential.
            """)

    @Argument(help: "Credential files (JSON-LD, JWT, baked PNG/SVG); the format is detected from the content.")
    var files: [String]

    @Flag(name: .long, help: "Print a JSON array with one object per file.")
    var json = false

    @Option(name: .long, help: "Evaluate validity dates at this time (ISO 8601 date or date-time) instead of now.")
    var at: String?

    func run() throws {
        let date = try at.map(DateArgument.parse) ?? Date()
        let inspector = CredentialFileInspector()
        var reports: [InspectReport] = []
        for file in files {
            reports.append(InspectReport.make(file: file, inspector: inspector, at: date))
        }
        if json {
            print(try InspectReport.jsonText(reports))
        } else {
            print(reports.map(InspectTextRenderer.render).joined(separator: "\n"))
        }
        let code = reports.map(\.exitCode).max() ?? 0
        if code != 0 { throw ExitCode(code) }
    }
}
