import Foundation
import WalletBundle
import WalletCrypto
import WalletJSON
import WalletModel
import WalletVerify

/// `cairn-bench bundle`: export and verify a bundle of 50 real `eddsa-jcs-2022` credentials with the
/// production parts (holder `eddsa-jcs-2022` signer and verifier, `CredentialInspector` per credential,
/// zip, transcript, manifest); age throughput. Goals (issue 7): export ≤ 200 ms, verify ≤ 300 ms.
func bundleBenchmark() {
    do {
        let credentials = try BenchCredential.signed(count: 50)
        let key = HolderKey()
        let exporter = BundleExporter(signer: EdDSAJCSPresentationSigner(key: key))
        let options = ExportOptions(learnerName: "Bench Learner", challenge: "c", domain: "d")
        let reader = BundleReader(credentialChecker: InspectorCredentialChecker(), proofVerifier: EdDSAJCSPresentationVerifier())
        let zip = try exporter.export(credentials, options: options)
        let check = try reader.verify(zip, options: BundleReadOptions(challenge: "c", domain: "d"))
        let verified = check.credentials.filter { $0.verification.status == .verified }.count
        guard check.valid, verified == credentials.count else {
            print("bundle benchmark failed: the bundle did not verify (\(verified)/\(credentials.count) credentials verified)")
            return
        }
        try benchReport("bundle export (50 credentials, zip)", goal: 200, iterations: 20) { _ = try exporter.export(credentials, options: options) }
        try benchReport("bundle verify-bundle (50 credentials, holder proof + manifest + every credential)", goal: 300, iterations: 20) {
            _ = try reader.verify(zip, options: BundleReadOptions(challenge: "c", domain: "d"))
        }
        print("bundle size: \(zip.count) bytes, \(verified)/\(credentials.count) credentials verified")
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

private func benchReport(_ name: String, goal: Double, iterations: Int, _ body: () throws -> Void) throws {
    let seconds = try benchTime(iterations: iterations, body)
    print(String(format: "%@: %.1f ms (goal ≤ %.0f ms)", name, seconds * 1000, goal))
}

private enum BenchCredential {
    /// `count` distinct OB 3.0 credentials signed `eddsa-jcs-2022` by a `did:key` issuer (as `inspect-jcs` uses).
    static func signed(count: Int) throws -> [Credential] {
        let signer = try Ed25519JCSSigner(seed: [UInt8](repeating: 9, count: 32))
        return try (0..<count).map { index in
            let document = try signer.sign(InspectJCSBenchmark.credential(index, issuer: signer.did), created: "2025-01-01T00:00:00Z")
            let record = CredentialRecord(
                title: "Data skills module \(index)", awardingBody: Organisation(name: "University of Zed"), issued: Date(),
                learningOutcomes: [LearningOutcome(title: "Outcome \(index)")], workload: [Workload(value: 1, unit: .ects)])
            return Credential(
                id: CredentialID(bytes: (0..<16).map { UInt8(truncatingIfNeeded: $0 * 31 + index) }), format: .openBadges3,
                record: record, verification: .selfAsserted(at: Date()),
                original: Data(JSONWriter(indent: 2).string(.object(document)).utf8), importedAt: Date())
        }
    }
}
