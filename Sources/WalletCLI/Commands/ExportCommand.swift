import ArgumentParser
import Foundation
import WalletBundle
import WalletCore
import WalletCrypto
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
    @Option(name: .customLong("with-progress"), help: "Add stacking progress toward this pathway (its id or a unique last part of it) to the transcript.")
    var withProgress: String?
    @Option(name: .customLong("encrypt-to"), help: "Encrypt to this age X25519 recipient (age1…); may be repeated.")
    var encryptTo: [String] = []
    @Flag(name: .customLong("encrypt-passphrase"), help: "Encrypt with a passphrase (from the terminal or CAIRN_BUNDLE_PASSPHRASE_FILE).")
    var encryptPassphrase = false

    func run() throws {
        try Console.run {
            // Every option is checked before the wallet is opened: a typo costs no passphrase prompt.
            let plan = try checkedOptions()
            let wallet = try options.open()
            let resolved = try ids.map { try wallet.resolveID($0) }
            if let twice = resolved.enumerated().first(where: { resolved.prefix($0.offset).contains($0.element) }) {
                throw Console.usage("credential \(twice.element.short) is named twice (\(ids[twice.offset]) repeats an earlier id)")
            }
            var export = plan.options
            export.stackingProgress = try plan.pathway.map { try progress(wallet, catalogue: plan.catalogue, pathway: $0) }
            export.encryption = try encryption()
            let data = try wallet.exportBundle(resolved, options: export)
            try BundleOutput.write(data, to: output)
            Console.line("Wrote \(output) (\(data.count) bytes), signed by \(try wallet.holderDID()).")
        }
    }

    /// The export options as typed, checked: format, expiry in the future, a known pathway, valid
    /// recipients, a free output path. Problems are usage errors (exit 2).
    private func checkedOptions() throws -> (options: ExportOptions, catalogue: PathwayCatalogue, pathway: String?) {
        guard let format = ExportOptions.Format(rawValue: format) else {
            throw Console.usage("--format must be zip or vp, not \"\(format)\"")
        }
        if format == .vp && withProgress != nil {
            throw Console.usage("--with-progress goes into the transcript, which --format vp does not write; use --format zip")
        }
        let now = Date()
        let expiry = try expires.map { try DateArgument.parse($0, option: "--expires") }
        if let expiry, expiry <= now {
            throw Console.usage("--expires \(BundleDate.format(expiry)) is in the past: the bundle would arrive expired")
        }
        try checkEncryptionAndOutput()
        var catalogue = PathwayCatalogue(pathways: [])
        var pathway: String?
        if let withProgress {
            catalogue = try PathwayCommandSupport.catalogue(extraDirectories: [])
            pathway = try PathwayCommandSupport.resolve(withProgress, in: catalogue)
        }
        let options = ExportOptions(
            format: format, learnerName: "", exportedAt: now, challenge: challenge, domain: domain, expires: expiry)
        return (options, catalogue, pathway)
    }

    /// One way of encrypting, well-formed recipients, and an output that does not exist yet.
    private func checkEncryptionAndOutput() throws {
        if encryptPassphrase && !encryptTo.isEmpty { throw Console.usage("use --encrypt-to or --encrypt-passphrase, not both") }
        for recipient in encryptTo where (try? AgeX25519Recipient(string: recipient)) == nil {
            throw Console.usage("--encrypt-to \"\(recipient)\" is not an age recipient (age1…, as age-keygen prints it)")
        }
        if FileManager.default.fileExists(atPath: output) {
            throw Console.usage("\(output) already exists; refusing to overwrite it")
        }
    }

    private func progress(_ wallet: Wallet, catalogue: PathwayCatalogue, pathway: String) throws -> String {
        let results = try wallet.stack(catalogue: catalogue, at: Date(), only: pathway)
        return StackTextRenderer(titles: try wallet.credentialTitles(), verbose: false, listsNotCounted: false).render(results)
    }

    private func encryption() throws -> ExportOptions.Encryption? {
        if encryptPassphrase {
            let passphrase = try BundleOutput.passphrase(prompt: "Passphrase for the bundle: ", confirm: true)
            return .passphrase(passphrase, workFactor: 18)
        }
        return encryptTo.isEmpty ? nil : .recipients(encryptTo)
    }
}
