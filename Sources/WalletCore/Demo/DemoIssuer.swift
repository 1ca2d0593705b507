import Foundation
import WalletCrypto
import WalletJSON
import WalletVerify

/// A demo issuer: an Ed25519 `did:key` whose seed is public, SHA-256("cairn demo issuer: <name>").
///
/// The seed is published on purpose: the demo must show real signatures that verify offline, and
/// anyone can re-derive the keys to check that nothing is faked. These keys prove nothing about
/// the (fictional) institutions; that is why the trust check of a demo credential stays unknown.
struct DemoIssuer {
    /// The prefix hashed with the issuer name to derive the seed.
    static let seedPrefix = "cairn demo issuer: "

    let name: String
    let signer: Ed25519JCSSigner

    init(name: String) throws {
        self.name = name
        self.signer = try Ed25519JCSSigner(seed: Checksum.sha256(Data((Self.seedPrefix + name).utf8)))
    }

    /// `template` with `issuer.id` set to this issuer's DID and an `eddsa-jcs-2022` proof created
    /// at the credential's `validFrom` (a fixed date, so the signed bytes are always the same).
    func sign(_ template: JSONObject) throws -> JSONObject {
        var credential = template
        guard var issuer = credential["issuer"]?.objectValue else {
            throw DemoError.template("has no issuer object")
        }
        issuer["id"] = .string(signer.did)
        credential["issuer"] = .object(issuer)
        guard let created = credential["validFrom"]?.stringValue else {
            throw DemoError.template("has no validFrom date to date the proof")
        }
        return try signer.sign(credential, created: created)
    }
}
