import Foundation
import Testing
import WalletBundle
import WalletModel

@Suite struct TranscriptRendererTests {
    func render(_ credentials: [Credential] = BundleFixtures.all) -> String {
        TranscriptRenderer().render(TranscriptInput(
            learnerName: "Ada <Lovelace>", exportedAt: BundleFixtures.date, credentials: credentials,
            stackingProgress: "CMF: 4 of 5 ECTS", holder: "did:key:z6MkTest"))
    }

    @Test("is one self-contained page: no scripts, no remote assets, inline print styles")
    func selfContained() {
        let html = render()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for forbidden in ["<script", "<link", "src=", "@import", "url(", "http://", "https://"] {
            #expect(!html.lowercased().contains(forbidden), "found \(forbidden)")
        }
        #expect(html.contains("@media print"))
    }

    @Test("escapes every credential-supplied string")
    func escapes() {
        var hostile = BundleFixtures.credential(7, .vc2, Data(), title: "<script>alert(1)</script> & \"x\"")
        hostile.record.learningOutcomes = [LearningOutcome(title: "<img onerror=x>")]
        let html = render([hostile])
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"))
        #expect(!html.contains("<img"))
        #expect(html.contains("Ada &lt;Lovelace&gt;"))
    }

    @Test("shows every mandatory element, marks missing ones not stated, and summarises completeness")
    func elements() {
        let html = render([BundleFixtures.all[0]])
        for element in StandardElement.mandatory { #expect(html.contains(">\(element.label)</th>")) }
        #expect(html.contains("University of Zed"))
        #expect(html.contains("2 ECTS"))
        #expect(html.contains("EQF 6"))
        #expect(html.contains("2026-11-18"))
        #expect(html.contains("not stated"))
        #expect(html.contains("8 of 11 mandatory elements"))
        #expect(html.contains("not stated: Type of assessment, Form of participation, Quality assurance"))
        #expect(html.contains("Reads &amp; writes SQL"))
    }

    @Test("shows the verdict as of export with each check's message, and the stacking progress")
    func verdict() {
        var failed = BundleFixtures.all[1]
        failed.verification = VerificationReport(
            status: .failed,
            checks: [VerificationCheck(check: .validity, result: .fail, code: .expired, message: "Expired on 2025-01-01.")],
            checkedAt: BundleFixtures.date)
        let html = render([BundleFixtures.all[0], failed])
        #expect(html.contains("Verified</span> as of 2026-11-18"))
        #expect(html.contains("Signature valid (eddsa-rdfc-2022)."))
        #expect(html.contains("Verification failed"))
        #expect(html.contains("Expired on 2025-01-01. [expired]"))
        #expect(html.contains("CMF: 4 of 5 ECTS"))
    }

    /// Writes the transcript to `$CAIRN_TRANSCRIPT_OUT` for Scripts/e2e/transcript.sh (headless Chromium).
    @Test("renders the e2e fixture transcript with all titles")
    func e2eFixture() throws {
        let html = render()
        for credential in BundleFixtures.all {
            let title = credential.record.title ?? ""
            #expect(html.contains(title.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")))
        }
        if let path = ProcessInfo.processInfo.environment["CAIRN_TRANSCRIPT_OUT"] {
            try Data(html.utf8).write(to: URL(fileURLWithPath: path))
        }
    }
}
