import Foundation
import WalletBundle
import WalletCrypto
import WalletJSON
import WalletModel

/// `cairn-bench bundle`: export and read back a bundle of 50 credentials; age throughput.
///
/// The holder signature here is Ed25519 over compact JSON (JSONWriter), standing in for
/// `eddsa-jcs-2022` until JCS is integrated; JCS costs about the same as one compact write.
func bundleBenchmark() {
    let credentials = (0..<50).map(BenchCredential.make)
    let signer = BenchSigner(key: HolderKey())
    let exporter = BundleExporter(signer: signer)
    let options = ExportOptions(learnerName: "Bench Learner", challenge: "c", domain: "d")
    let reader = BundleReader(credentialChecker: BenchChecker())
    do {
        let zip = try exporter.export(credentials, options: options)
        try benchReport("bundle export (50 credentials, zip)", iterations: 20) { _ = try exporter.export(credentials, options: options) }
        try benchReport("bundle read + manifest check (50)", iterations: 20) {
            _ = try reader.verify(zip, options: BundleReadOptions(challenge: "c", domain: "d"))
        }
        print("bundle size: \(zip.count) bytes")
        let payload = Data(repeating: 0x5A, count: 16 << 20)
        let identity = AgeX25519Identity()
        let sealed = try AgeFile.encrypt(payload, to: [identity.recipient])
        let encrypt = try benchTime(iterations: 3) { _ = try AgeFile.encrypt(payload, to: [identity.recipient]) }
        let decrypt = try benchTime(iterations: 3) { _ = try AgeFile.decrypt(sealed, identities: [identity]) }
        print(String(format: "age encrypt 16 MiB: %.1f MiB/s", 16 / encrypt))
        print(String(format: "age decrypt 16 MiB: %.1f MiB/s", 16 / decrypt))
    } catch {
        print("bundle benchmark failed: \(error)")
    }
}

private func benchTime(iterations: Int, _ body: () throws -> Void) throws -> Double {
    let clock = ContinuousClock()
    let elapsed = try clock.measure { for _ in 0..<iterations { try body() } }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return seconds / Double(iterations)
}

private func benchReport(_ name: String, iterations: Int, _ body: () throws -> Void) throws {
    let seconds = try benchTime(iterations: iterations, body)
    print(String(format: "%@: %.1f ms", name, seconds * 1000))
}

private struct BenchSigner: PresentationSigner {
    let key: HolderKey
    var holder: String { key.did }

    func sign(presentation: JSONObject, challenge: String?, domain: String?, expires: Date?) throws -> JSONObject {
        var proof = JSONObject([
            ("type", .string("DataIntegrityProof")), ("verificationMethod", .string(key.verificationMethod)),
            ("proofPurpose", .string("authentication")),
        ])
        if let challenge { proof["challenge"] = .string(challenge) }
        if let domain { proof["domain"] = .string(domain) }
        let signature = try key.sign(Data(JSONWriter().string(.object(presentation)).utf8))
        proof["proofValue"] = .string(signature.base64EncodedString())
        var secured = presentation
        secured["proof"] = .object(proof)
        return secured
    }
}

private struct BenchChecker: BundleCredentialChecker {
    func check(_ original: Data, at date: Date) -> CheckedCredential {
        let parsed = try? JSONParser().parse(original)
        let report = VerificationReport(status: parsed == nil ? .failed : .unverifiable, checks: [], checkedAt: date)
        return CheckedCredential(title: parsed?["name"]?.stringValue, format: nil, verification: report)
    }
}

private enum BenchCredential {
    static func make(_ index: Int) -> Credential {
        let name = "Micro-credential \(index)"
        let text = """
            {"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential","OpenBadgeCredential"],
            "name":"\(name)","issuer":{"id":"did:key:z6MkBench","name":"Bench University"},"validFrom":"2026-01-01T00:00:00Z",
            "credentialSubject":{"achievement":{"name":"\(name)","description":"\(String(repeating: "Learning outcome text. ", count: 40))"}},
            "proof":{"type":"DataIntegrityProof","cryptosuite":"eddsa-rdfc-2022","proofValue":"z\(String(repeating: "A", count: 86))"}}
            """
        let record = CredentialRecord(
            title: name, awardingBody: Organisation(name: "Bench University"), issued: Date(),
            learningOutcomes: [LearningOutcome(title: "Outcome \(index)")], workload: [Workload(value: 1, unit: .ects)])
        return Credential(
            id: CredentialID(bytes: (0..<16).map { UInt8(truncatingIfNeeded: $0 * 31 + index) }), format: .openBadges3,
            record: record, verification: .selfAsserted(at: Date()), original: Data(text.utf8), importedAt: Date())
    }
}
