import Foundation
import Testing
import WalletBundle
import WalletJSON
import WalletModel

@Suite struct BundleExporterTests {
    let signer = EdDSAJCSPresentationSigner(key: HolderKey(), created: BundleFixtures.date)

    func build() throws -> ExportedBundle {
        try BundleExporter(signer: signer).build(BundleFixtures.all, options: BundleFixtures.options())
    }

    @Test("writes the bundle layout with every original byte for byte")
    func layout() throws {
        let bundle = try build()
        let paths = bundle.members.map(\.path)
        #expect(Array(paths.prefix(2)) == ["manifest.json", "presentation.json"])
        #expect(paths.contains("transcript.html"))
        for credential in BundleFixtures.all {
            let file = try #require(bundle.manifest.credentials.first { $0.id == credential.id.rawValue }?.file)
            #expect(bundle.member(file) == credential.original)
        }
        #expect(bundle.manifest.files.count == bundle.members.count - 1)
        #expect(bundle.manifest.holder == signer.holder)
    }

    @Test("embeds JSON credentials verbatim, envelopes JWTs and attaches Europass and OB 2.0")
    func placements() throws {
        let bundle = try build()
        let elements = try #require(bundle.presentation["verifiableCredential"]?.arrayValue)
        #expect(elements.count == 2)
        #expect(elements[0] == (try JSONParser().parse(BundleFixtures.ob3Original)))
        #expect(elements[1]["id"]?.stringValue == "data:application/vc+jwt,eyJhbGciOiJFZERTQSJ9.eyJuYW1lIjoiU1FMIn0.c2lnbmF0dXJl")
        #expect(elements[1]["type"]?.stringValue == "EnvelopedVerifiableCredential")
        #expect(bundle.manifest.credentials.map(\.placement) == [.embedded, .enveloped, .attachment, .attachment])
        let text = String(decoding: try #require(bundle.member("presentation.json")), as: UTF8.self)
        #expect(text.contains("\"creditsAvailable\": 1.0"))
        #expect(text.contains("caf\u{e9}"))
        #expect(text.contains("\"x-unknown\""))
    }

    @Test("signs with the holder, challenge, domain and expiry, and lists every file's digest")
    func proofAndResources() throws {
        let bundle = try build()
        #expect(bundle.presentation["holder"]?.stringValue == signer.holder)
        let proof = try #require(bundle.presentation["proof"])
        #expect(proof["challenge"]?.stringValue == "c-123")
        #expect(proof["domain"]?.stringValue == "https://employer.example")
        #expect(proof["expires"]?.stringValue == "2026-11-19T11:06:40Z")
        let resources = try #require(bundle.presentation["relatedResource"]?.arrayValue)
        let ids = resources.compactMap { $0["id"]?.stringValue }
        #expect(ids.contains("urn:cairn:bundle:transcript.html"))
        #expect(ids.contains("urn:cairn:bundle:credentials/\(BundleFixtures.id(3).rawValue).json"))
        #expect(resources.allSatisfy { $0["digestSRI"]?.stringValue?.hasPrefix("sha256-") == true })
    }

    @Test("--format vp writes only the presentation and refuses credentials that need attachments")
    func presentationFormat() throws {
        let exporter = BundleExporter(signer: signer)
        let embeddable = Array(BundleFixtures.all.prefix(2))
        let data = try exporter.export(embeddable, options: BundleFixtures.options(format: .vp))
        let value = try JSONParser().parse(data)
        #expect(value["verifiableCredential"]?.arrayValue?.count == 2)
        #expect(value["relatedResource"] == nil)
        #expect(throws: BundleError.self) { try exporter.export(BundleFixtures.all, options: BundleFixtures.options(format: .vp)) }
    }

    @Test("refuses duplicate selections, empty selections and non-JSON originals")
    func refusals() {
        let exporter = BundleExporter(signer: signer)
        let one = BundleFixtures.all[0]
        #expect(throws: BundleError.self) { try exporter.build([one, one], options: BundleFixtures.options()) }
        #expect(throws: BundleError.self) { try exporter.build([], options: BundleFixtures.options()) }
        let broken = BundleFixtures.credential(9, .vc2, Data("not json".utf8), title: "x")
        #expect(throws: BundleError.self) { try exporter.build([broken], options: BundleFixtures.options()) }
    }
}
