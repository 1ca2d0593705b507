import ArgumentParser
import Foundation
import WalletBundle
import WalletCore
import WalletCrypto
import WalletJSON

/// `cairn verify-bundle FILE`: checks a bundle someone shared, without a wallet.
struct VerifyBundleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify-bundle",
        abstract: "Verify a shared bundle: holder signature, challenge, domain, expiry, manifest, every credential.",
        discussion: "Exit status: 0 valid, 1 invalid, 2 unreadable (not a bundle, damaged, or cannot decrypt; "
            + "with --json, stdout then holds {\"valid\": false, \"file\", \"error\"}).")

    @Argument(help: "The bundle (zip, presentation JSON, or an age file of either).") var file: String
    @Flag(name: .long, help: "Print a JSON object (see README).") var json = false
    @Option(name: .long, help: "The challenge you asked for.") var challenge: String?
    @Option(name: .long, help: "Your domain.") var domain: String?
    @Option(name: .long, help: "Check expiry and validity at this time (ISO 8601) instead of now.") var at: String?
    @Option(name: .long, help: "An age identity file (AGE-SECRET-KEY-1…) for encrypted bundles.") var identity: String?

    func run() throws {
        let verification: BundleVerification
        do {
            let data = try Self.read(file)
            let options = BundleReadOptions(
                challenge: challenge, domain: domain, at: try at.map(DateArgument.parse) ?? Date(),
                identities: try identities(for: data))
            verification = try BundleVerifier.verify(data, options: options)
        } catch {
            Console.error("cairn: \(error)")
            if json {
                // A script reading stdout still gets an answer: not valid, and why.
                let object = JSONObject([("valid", .bool(false)), ("file", .string(file)), ("error", .string("\(error)"))])
                Console.line(JSONWriter().string(.object(object)))
            }
            throw ExitCode(2)
        }
        Console.line(json ? JSONWriter().string(verification.json) : verification.text)
        if !verification.valid { throw ExitCode(1) }
    }

    /// The identities to try: the `--identity` file's keys, or a passphrase when the file is age scrypt.
    private func identities(for data: Data) throws -> [any AgeIdentity] {
        if let identity {
            guard !Self.isScryptAge(data) else {
                throw WalletError.storage(
                    "\(file) is encrypted with a passphrase, not to an age key: leave out --identity and give the passphrase "
                        + "(on the terminal or in CAIRN_BUNDLE_PASSPHRASE_FILE)")
            }
            guard let text = try? String(contentsOfFile: identity, encoding: .utf8) else {
                throw WalletError.storage("cannot read identity file \(identity)")
            }
            let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { $0.hasPrefix("AGE-SECRET-KEY-1") }
            guard !lines.isEmpty else {
                throw WalletError.storage("identity file \(identity) holds no AGE-SECRET-KEY-1… line (make one with age-keygen)")
            }
            return try lines.map { try AgeX25519Identity(string: $0) }
        }
        guard Self.isScryptAge(data) else { return [] }
        return [AgeScryptIdentity(passphrase: try BundleOutput.passphrase(prompt: "Bundle passphrase: ", confirm: false))]
    }

    /// The file's bytes; a missing file or a folder is named as such.
    static func read(_ path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw WalletError.storage("cannot read \(path): no such file")
        }
        if isDirectory.boolValue { throw WalletError.storage("cannot read \(path): it is a folder, not a bundle file") }
        guard let data = FileManager.default.contents(atPath: path) else { throw WalletError.storage("cannot read \(path)") }
        return data
    }

    /// Whether `data` is an age file (binary or armored) sealed with a passphrase: its header's
    /// recipient stanza is `scrypt`. (An armored file must be de-armored to tell: the armor alone
    /// says nothing about the recipients.)
    static func isScryptAge(_ data: Data) -> Bool {
        guard AgeFile.looksLikeAge(data), let types = try? AgeFile.stanzaTypes(data) else { return false }
        return types.contains("scrypt")
    }
}
