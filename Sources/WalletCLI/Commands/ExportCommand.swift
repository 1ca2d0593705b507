import ArgumentParser
import Foundation
import WalletBundle
import WalletCore
import WalletStacking

/// `cairn export ID... --output FILE`: a signed, shareable bundle (issue 7).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a signed bundle of credentials (zip or bare presentation) that anyone can verify.")

    @OptionGroup var options: WalletOptions

    @Argument(help: ArgumentHelp("Credential ids (or unique prefixes).", valueName: "id"))
    var ids: [String]

    @Option(name: .long, help: "The file to write (refuses to overwrite).")
    var output: String

    @Option(name: .long, help: "The verifier's challenge (nonce) to answer.") var challenge: String?
    @Option(name: .long, help: "The verifier's domain to bind to.") var domain: String?
    @Option(name: .long, help: "Expiry of the holder proof (ISO 8601).") var expires: String?
    @Option(name: .long, help: "zip (default) or vp (the presentation JSON only).") var format: String = "zip"
    @Option(name: .customLong("with-progress"), help: "Add stacking progress toward this pathway to the transcript.")
    var withProgress: String?
    @Option(name: .customLong("encrypt-to"), help: "Encrypt to this age X25519 recipient (age1…); may be repeated.")
    var encryptTo: [String] = []
    @Flag(name: .customLong("encrypt-passphrase"), help: "Encrypt with a passphrase (from the terminal or CAIRN_BUNDLE_PASSPHRASE_FILE).")
    var encryptPassphrase = false

    func run() throws {
        try Console.run {
            guard let format = ExportOptions.Format(rawValue: format) else {
                throw WalletError.storage("--format must be zip or vp")
            }
            let wallet = try options.open()
            let resolved = try ids.map { try wallet.resolveID($0) }
            var export = ExportOptions(
                format: format, learnerName: "", challenge: challenge, domain: domain,
                expires: try expires.map(DateArgument.parse))
            export.learnerName = try wallet.holderDID()
            export.stackingProgress = try progress(wallet)
            export.encryption = try encryption()
            let data = try wallet.exportBundle(resolved, options: export)
            try BundleOutput.write(data, to: output)
            Console.line("Wrote \(output) (\(data.count) bytes), signed by \(try wallet.holderDID()).")
        }
    }

    private func progress(_ wallet: Wallet) throws -> String? {
        guard let withProgress else { return nil }
        let catalogue = try PathwayCommandSupport.catalogue(extraDirectories: [])
        guard catalogue.pathway(withProgress) != nil else {
            throw WalletError.storage("no pathway with id \(withProgress); `cairn pathways` lists them")
        }
        let results = try wallet.stack(catalogue: catalogue, at: Date(), only: withProgress)
        let titles = Dictionary(
            try wallet.overviews().map { ($0.id.rawValue, $0.title ?? "untitled") }, uniquingKeysWith: { a, _ in a })
        return StackTextRenderer(titles: titles, verbose: false, listsNotCounted: false).render(results)
    }

    private func encryption() throws -> ExportOptions.Encryption? {
        if encryptPassphrase {
            guard encryptTo.isEmpty else { throw WalletError.storage("use --encrypt-to or --encrypt-passphrase, not both") }
            let passphrase = try BundleOutput.passphrase(prompt: "Passphrase for the bundle: ", confirm: true)
            return .passphrase(passphrase, workFactor: 18)
        }
        return encryptTo.isEmpty ? nil : .recipients(encryptTo)
    }
}
