import Crypto
import Foundation
import Glibc
import WalletJSON
import WalletLinkedData

/// `cairn-bench rdfc`: eddsa-rdfc-2022 verification throughput (JSON-LD expansion with cached
/// contexts, toRdf, RDFC-1.0 twice, SHA-256, Ed25519) beside the raw Ed25519-verify ceiling, and
/// the time for the largest rdf-canon inputs (read from the test fixtures when run from the repo root).
enum RDFCBenchmark {
    /// The 1EdTech OB 3.0 signed example (Tests/WalletLinkedDataTests/Fixtures/ob3-spec/ob-signed.json).
    static let credential = #"""
{
  "@context": [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
  ],
  "id": "http://example.com/credentials/3527",
  "type": [
    "VerifiableCredential",
    "OpenBadgeCredential"
  ],
  "issuer": {
    "id": "https://example.edu/issuers/565049",
    "type": [
      "Profile"
    ],
    "url": "https://www.imsglobal.org",
    "name": "Example Corp"
  },
  "validFrom": "2010-01-01T00:00:00Z",
  "name": "Teamwork Badge",
  "credentialSubject": {
    "id": "did:example:ebfeb1f712ebc6f1c276e12ec21",
    "type": [
      "AchievementSubject"
    ],
    "achievement": {
      "id": "https://example.com/achievements/21st-century-skills/teamwork",
      "type": [
        "Achievement"
      ],
      "criteria": {
        "narrative": "Team members are nominated for this badge by their peers and recognized upon review by Example Corp management."
      },
      "description": "This badge recognizes the development of the capacity to collaborate within a group environment.",
      "name": "Teamwork"
    }
  },
  "proof": {
    "type": "DataIntegrityProof",
    "created": "2010-01-01T19:23:24Z",
    "verificationMethod": "https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi",
    "cryptosuite": "eddsa-rdfc-2022",
    "proofPurpose": "assertionMethod",
    "proofValue": "z5x9aCBYovW3CQCbKdNyhEm7ffYSw1YpEdPywQJoNbzDD2gkzQDKJ1sYKJaWvqZtkMtSbz35HcbgXVEDYHxCzgkCr"
  }
}
"""#
    static let publicKey = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"

    static func run() {
        do {
            try runThroughput()
            try runRDFCanonInputs()
        } catch {
            print("rdfc benchmark failed: \(error)")
        }
    }

    static func runThroughput() throws {
        guard case .object(var document) = try JSONParser().parse(credential),
            case .object(let proof)? = document["proof"],
            let proofValue = proof["proofValue"]?.stringValue
        else { throw BenchmarkError.badFixture }
        document["proof"] = nil
        let key = try Curve25519.Signing.PublicKey(rawRepresentation: Array(try base58(publicKey.dropFirst()).dropFirst(2)))
        let signature = try base58(proofValue.dropFirst())
        let hasher = RDFCSuiteHasher(suite: .eddsaRdfc2022)
        let check = try hasher.hash(document: document, proof: proof).hashData
        guard key.isValidSignature(signature, for: check) else { throw BenchmarkError.doesNotVerify }
        let pipeline = measure(seconds: 2) {
            let data = try hasher.hash(document: document, proof: proof).hashData
            if !key.isValidSignature(signature, for: data) { throw BenchmarkError.doesNotVerify }
        }
        let hashOnly = measure(seconds: 1) { _ = try hasher.hash(document: document, proof: proof) }
        let raw = measure(seconds: 1) {
            if !key.isValidSignature(signature, for: check) { throw BenchmarkError.doesNotVerify }
        }
        print(String(format: "rdfc: OB 3.0 eddsa-rdfc-2022 verify (canonicalise+hash+verify): %.0f credentials/s (single thread, per CPU-second)", pipeline))
        print(String(format: "rdfc: canonicalise+hash only (both halves): %.0f credentials/s", hashOnly))
        print(String(format: "rdfc: raw Ed25519 verify ceiling: %.0f signatures/s", raw))
    }

    static func runRDFCanonInputs() throws {
        let folder = URL(fileURLWithPath: "Tests/WalletLinkedDataTests/Fixtures/rdf-canon/rdfc10")
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            print("rdfc: rdf-canon fixtures not found (run from the repository root)")
            return
        }
        let inputs = files.filter { $0.hasSuffix("-in.nq") && $0 != "test074-in.nq" }
        let sized = inputs.compactMap { name -> (String, Data)? in
            (try? Data(contentsOf: folder.appendingPathComponent(name))).map { (name, $0) }
        }.sorted { $0.1.count > $1.1.count }.prefix(3)
        for (name, data) in sized {
            let quads = try NQuadsParser.parse(String(decoding: data, as: UTF8.self))
            let perSecond = measure(seconds: 0.5) { _ = try RDFCanonicalizer().canonicalize(quads) }
            print(String(format: "rdfc: %@ (%d quads): %.3f ms CPU per canonicalisation", name, quads.count, 1000 / perSecond))
        }
        let poison = try NQuadsParser.parse(String(decoding: try Data(contentsOf: folder.appendingPathComponent("test074-in.nq")), as: UTF8.self))
        let start = Date()
        let outcome: String
        do {
            _ = try RDFCanonicalizer().canonicalize(poison)
            outcome = "completed (unexpected)"
        } catch {
            outcome = "rejected by the work bound"
        }
        print(String(format: "rdfc: test074 poison clique %@ in %.1f ms", outcome, Date().timeIntervalSince(start) * 1000))
    }

    /// Runs `body` repeatedly for about `seconds` of this thread's CPU time; returns iterations per
    /// CPU-second. CPU time, not wall time, so figures hold on a machine shared with other builds.
    static func measure(seconds: Double, _ body: () throws -> Void) -> Double {
        let start = threadCPUTime()
        var count = 0
        while threadCPUTime() - start < seconds {
            do { try body() } catch { return 0 }
            count += 1
        }
        return Double(count) / (threadCPUTime() - start)
    }

    static func threadCPUTime() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    enum BenchmarkError: Error {
        case badFixture, doesNotVerify, badBase58
    }

    static func base58(_ text: Substring) throws -> [UInt8] {
        let alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)
        var bytes: [UInt8] = []
        for character in text.utf8 {
            guard var carry = alphabet.firstIndex(of: character) else { throw BenchmarkError.badBase58 }
            for index in bytes.indices.reversed() {
                carry += Int(bytes[index]) * 58
                bytes[index] = UInt8(carry & 0xFF)
                carry >>= 8
            }
            while carry > 0 {
                bytes.insert(UInt8(carry & 0xFF), at: 0)
                carry >>= 8
            }
        }
        return Array(repeating: 0, count: text.utf8.prefix { $0 == UInt8(ascii: "1") }.count) + bytes
    }
}
