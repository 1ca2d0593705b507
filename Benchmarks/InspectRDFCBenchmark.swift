import Foundation
import WalletJSON
import WalletVerify

/// `cairn-bench inspect-rdfc`: the full `CredentialInspector.inspect` (parse, detect, map, JSON-LD
/// expansion with cached contexts, toRdf, RDFC-1.0 ×2, SHA-256 ×2, Ed25519, validity/status/trust)
/// over the 1EdTech OB 3.0 eddsa-rdfc-2022 example, single-threaded, with the issuer's key cached.
enum InspectRDFCBenchmark {
    static let count = 1_000

    static func run() throws {
        let issuer = "https://example.edu/issuers/565049"
        let method = issuer + "#" + RDFCBenchmark.publicKey
        let document = JSONObject([
            ("id", .string(issuer)),
            ("verificationMethod", .array([.object(JSONObject([
                ("id", .string(method)), ("type", .string("Multikey")), ("controller", .string(issuer)),
                ("publicKeyMultibase", .string(RDFCBenchmark.publicKey)),
            ]))])),
            ("assertionMethod", .array([.string(method)])),
        ])
        let entry = IssuerCacheEntry(id: issuer, document: document, trusted: false, addedAt: Date(), source: "bench")
        let inspector = CredentialInspector(registry: .standard, issuerLookup: { $0 == issuer ? entry : nil })
        let file = Data(RDFCBenchmark.credential.utf8)
        let at = Date(timeIntervalSince1970: 1_780_000_000)
        guard (try? inspector.inspect(file, at: at))?.verification.status == .verified else {
            throw BenchmarkError("the OB 3.0 eddsa-rdfc-2022 example does not verify")
        }
        var verified = 0
        let seconds = InspectJCSBenchmark.best(of: 3) {
            verified = 0
            for _ in 0..<count where (try? inspector.inspect(file, at: at))?.verification.status == .verified { verified += 1 }
        }
        print("inspect-rdfc: OB 3.0 eddsa-rdfc-2022 credential × \(count), full CredentialInspector, single thread, best of 3")
        print(String(format: "  inspect (full pipeline):   %8.0f credentials/s   (%d/%d verified)", Double(count) / seconds, verified, count))
    }
}
