import Foundation
import Testing
import WalletCore
import WalletModel

@Suite struct ImportTests {
    @Test("a self-asserted file imports as self-asserted, never verified, with its elements")
    func selfAsserted() throws {
        let fixture = try CoreFixture()
        let wallet = try fixture.create()
        let file = try fixture.write("a.json", CoreFixture.selfAsserted(title: "Statistics for Data Analysis"))
        let outcomes = wallet.importFiles([file])
        #expect(outcomes.map(\.status) == [.imported])
        #expect(outcomes[0].format == .selfAsserted)
        #expect(outcomes[0].verification?.status == .selfAsserted)
        let credential = try wallet.credential(try #require(outcomes[0].id))
        #expect(credential.record.title == "Statistics for Data Analysis")
        #expect(credential.record.awardingBody?.country == "IE")
        #expect(credential.record.workload == [Workload(value: 5, unit: .ects), Workload(value: 125, unit: .hours)])
        #expect(credential.record.eqfLevel == 6)
        #expect(credential.original == (try Data(contentsOf: file)))
        #expect(credential.record.completeness.missing.contains(.learningOutcomes))
    }

    @Test("import policy: an expired credential is stored and marked; a tampered one is rejected unless kept")
    func importPolicy() throws {
        let fixture = try CoreFixture()
        let wallet = try fixture.create()
        let samples = try DemoWallet.samples()
        let expired = try #require(samples.first { $0.document.name.contains("expired") }?.document)
        let tampered = try #require(samples.first { $0.document.name.contains("tampered") }?.document)
        let stored = wallet.importDocuments([expired])
        #expect(stored.first?.status == .imported)
        #expect(stored.first?.verification?.status == .failed)
        #expect(stored.first?.verification?.check(.validity)?.code == .expired)
        let rejected = wallet.importDocuments([tampered])
        #expect(rejected.first?.status == .rejected)
        #expect(rejected.first?.error?.contains("proof") == true)
        #expect(rejected.first?.error?.contains("--keep-invalid") == true)
        let kept = wallet.importDocuments([tampered], options: ImportOptions(keepInvalid: true))
        #expect(kept.first?.status == .imported)
        #expect(try wallet.overviews().count == 2)
    }

    @Test("re-importing the same content reports duplicate with the existing id")
    func duplicate() throws {
        let fixture = try CoreFixture()
        let wallet = try fixture.create()
        let text = CoreFixture.selfAsserted(title: "Twice")
        let first = wallet.importFiles([try fixture.write("a.json", text)])
        let second = wallet.importFiles([try fixture.write("copy.json", text)])
        #expect(second.map(\.status) == [.duplicate])
        #expect(second[0].id == first[0].id)
        #expect(try wallet.overviews().count == 1)
    }

    @Test("directories are walked recursively; bad inputs are rejected with a reason and an exit code")
    func rejections() throws {
        let fixture = try CoreFixture()
        let wallet = try fixture.create()
        try fixture.write("in/good.json", CoreFixture.selfAsserted(title: "Good"))
        try fixture.write("in/sub/typo.json", CoreFixture.selfAsserted(title: "Typo", extra: ", \"eqfLevle\": 6"))
        try fixture.write("in/sub/notes.txt", "just some notes")
        let outcomes = wallet.importFiles([fixture.directory.appendingPathComponent("in")])
        #expect(outcomes.map(\.status) == [.imported, .rejected, .rejected])
        #expect(outcomes[1].file.hasSuffix("in/sub/notes.txt"))
        #expect(outcomes[2].error?.contains("$.eqfLevle") == true)
        #expect(ImportOutcome.exitCode(for: outcomes) == 2)
        let missing = wallet.importFiles([fixture.directory.appendingPathComponent("nope.json")])
        #expect(missing[0].status == .rejected && missing[0].error?.contains("no such file") == true)
    }

    @Test("field errors name the JSON path: bad EQF level, bad country, missing title")
    func fieldErrors() throws {
        let fixture = try CoreFixture()
        let wallet = try fixture.create()
        let cases = [
            (CoreFixture.selfAsserted(title: "x").replacingOccurrences(of: "\"eqfLevel\": 6", with: "\"eqfLevel\": 9"), "$.eqfLevel"),
            (CoreFixture.selfAsserted(title: "x").replacingOccurrences(of: "\"ie\"", with: "\"Ireland\""), "$.awardingBody.country"),
            ("{\"type\": \"CairnSelfAssertedCredential\", \"version\": 1}", "$.title"),
        ]
        for (index, (text, path)) in cases.enumerated() {
            let outcome = wallet.importDocuments([ImportDocument(name: "case\(index)", bytes: Data(text.utf8))])[0]
            #expect(outcome.status == .rejected)
            #expect(outcome.error?.contains(path) == true, "\(outcome.error ?? "")")
        }
    }

    @Test("batches report after each commit, in input order")
    func batches() throws {
        let fixture = try CoreFixture()
        let wallet = try fixture.create()
        let documents = (0..<7).map { ImportDocument(name: "d\($0)", bytes: Data(CoreFixture.selfAsserted(title: "T\($0)").utf8)) }
        let seen = Recorder()
        let outcomes = wallet.importDocuments(documents, options: ImportOptions(batchSize: 3) { seen.add($0.count) })
        #expect(seen.values == [3, 3, 1])
        #expect(outcomes.map(\.file) == documents.map(\.name))
    }
}

/// Collects values from a `@Sendable` callback.
final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Int] = []
    var values: [Int] { lock.withLock { stored } }
    func add(_ value: Int) { lock.withLock { stored.append(value) } }
}
