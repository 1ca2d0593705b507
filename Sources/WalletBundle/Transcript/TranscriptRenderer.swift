import Foundation
import WalletModel

/// Renders the bundle's `transcript.html`: one self-contained, printable page for a human reader.
///
/// No scripts, no external assets, every credential-supplied string HTML-escaped. Each
/// credential shows all eleven mandatory EU elements (absent ones as "not stated"), the stated
/// optional ones, its learning outcomes, and the verification verdict as of export with each
/// check's message — a reader sees what was checked, not only a green tick.
public struct TranscriptRenderer: Sendable {
    public init() {}

    public func render(_ input: TranscriptInput) -> String {
        let learner = HTMLText.escape(input.learnerName)
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>Credential transcript — \(learner)</title>
            <style>
            \(TranscriptStyle.css)
            </style>
            </head>
            <body>
            <header class="page">
            <h1>Credential transcript</h1>
            <p class="meta">Learner: <strong>\(learner)</strong></p>
            <p class="meta">Exported: \(HTMLText.escape(BundleDate.format(input.exportedAt))) · \
            \(input.credentials.count) credential\(input.credentials.count == 1 ? "" : "s")</p>

            """
        if let holder = input.holder { html += "<p class=\"meta\">Holder: \(HTMLText.escape(holder))</p>\n" }
        html += "</header>\n"
        if let progress = input.stackingProgress, !progress.isEmpty {
            html += "<h2>Progress</h2>\n<div class=\"progress\">\(HTMLText.escape(progress))</div>\n"
        }
        for (index, credential) in input.credentials.enumerated() {
            html += CredentialSection(credential: credential, number: index + 1).html
        }
        html += """
            <footer>Produced by cairn. Verification verdicts are as of export; the signed presentation and \
            the original credentials in this bundle can be re-verified independently.</footer>
            </body>
            </html>

            """
        return html
    }
}
