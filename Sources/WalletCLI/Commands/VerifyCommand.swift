import ArgumentParser
import Foundation
import WalletCore
import WalletModel

/// `cairn verify [ID...] [--json] [--at DATE]`: re-verifies stored credentials and stores the verdicts.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Re-verify stored credentials offline (all of them when no id is given) and store the new verdicts.",
        discussion: """
            Uses the same checks as `inspect` and `import`, with your issuer key cache and cached status lists.
            Exit status: 0 when no credential failed (unverifiable and self-asserted do not fail), 1 when any failed.
            """)

    @OptionGroup var options: WalletOptions

    @Argument(help: ArgumentHelp("Credential ids or unique prefixes; none means every credential.", valueName: "id"))
    var ids: [String] = []

    @Flag(name: .long, help: "Print a JSON array with one object per credential (id, title, format, verification).")
    var json = false

    @Option(name: .long, help: "Evaluate validity dates at this time (ISO 8601 date or date-time) instead of now; a what-if: the verdicts are printed, not stored.")
    var at: String?

    func run() throws {
        let date = try at.map(DateArgument.parse) ?? Date()
        var results: [ReverifiedCredential] = []
        try Console.run {
            let wallet = try options.open()
            let resolved = try ids.map { try wallet.resolveID($0) }
            results = try wallet.reverify(resolved, inspector: CredentialFileInspector(), at: date, store: at == nil)
        }
        if json {
            Console.out(CredentialJSON.verifications(results))
        } else {
            results.forEach { Console.line(Self.describe($0)) }
            Console.error(Self.tally(results) + (at == nil ? "" : " (as of \(at ?? ""); not stored: the wallet keeps today's verdicts)"))
        }
        if results.contains(where: { $0.verification.status == .failed }) { throw ExitCode(1) }
    }

    /// One line per credential, then the checks that did not pass, indented.
    static func describe(_ result: ReverifiedCredential) -> String {
        let status = result.verification.status.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)
        var lines = ["\(status) \(result.id.short)  \(result.format.rawValue)  \(result.title ?? "(untitled)")"]
        for check in result.verification.checks where check.result == .fail || check.result == .unknown {
            lines.append("    \(check.check.rawValue): \(check.result.rawValue) (\(check.code?.rawValue ?? "-")) \(check.message)")
        }
        return lines.joined(separator: "\n")
    }

    static func tally(_ results: [ReverifiedCredential]) -> String {
        let counts = VerificationStatus.allCases.map { status in
            "\(results.filter { $0.verification.status == status }.count) \(status.rawValue)"
        }
        return "\(results.count) checked: " + counts.joined(separator: ", ")
    }
}
