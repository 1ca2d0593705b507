import Foundation
import WalletModel

/// The transcript section of one credential.
struct CredentialSection {
    var credential: Credential
    var number: Int

    private var record: CredentialRecord { credential.record }

    var html: String {
        let title = HTMLText.escape(record.title ?? "Untitled credential")
        var out = "<section class=\"credential\" id=\"credential-\(number)\">\n"
        out += "<h2>\(number). \(title)</h2>\n"
        out += "<p class=\"meta\">\(HTMLText.escape(credential.format.label)) · "
        out += "\(HTMLText.escape(record.completeness.summary))</p>\n"
        out += verdict + elements + outcomes
        out += "</section>\n"
        return out
    }

    private var verdict: String {
        let report = credential.verification
        var out = "<h3>Verification</h3>\n<p><span class=\"verdict \(report.status.rawValue)\">"
        out += HTMLText.escape(Self.label(report.status)) + "</span> as of "
        out += HTMLText.escape(BundleDate.format(report.checkedAt)) + "</p>\n<ul class=\"checks\">\n"
        for check in report.checks {
            let code = check.code.map { " [\($0.rawValue)]" } ?? ""
            out += "<li><strong>\(check.check.rawValue)</strong>: \(check.result.rawValue) — "
            out += HTMLText.escape(check.message + code) + "</li>\n"
        }
        return out + "</ul>\n"
    }

    private var elements: String {
        var out = "<h3>EU standard elements</h3>\n<table class=\"elements\">\n"
        for element in StandardElement.mandatory {
            out += row(element, value: ElementText.value(element, of: record))
        }
        for element in StandardElement.optional {
            if let value = ElementText.value(element, of: record) { out += row(element, value: value) }
        }
        let missing = record.completeness.missing
        out += "</table>\n<p class=\"meta\">Completeness: \(HTMLText.escape(record.completeness.summary))"
        if !missing.isEmpty {
            out += "; not stated: " + HTMLText.escape(missing.map(\.label).joined(separator: ", "))
        }
        return out + ".</p>\n"
    }

    private func row(_ element: StandardElement, value: String?) -> String {
        let cell = value.map(HTMLText.escape) ?? "<span class=\"not-stated\">not stated</span>"
        return "<tr><th scope=\"row\">\(HTMLText.escape(element.label))</th><td>\(cell)</td></tr>\n"
    }

    private var outcomes: String {
        guard !record.learningOutcomes.isEmpty else { return "" }
        var out = "<h3>Learning outcomes</h3>\n<ul class=\"outcomes\">\n"
        for outcome in record.learningOutcomes {
            out += "<li>" + HTMLText.escape(outcome.title)
            if let description = outcome.description { out += " — " + HTMLText.escape(description) }
            let skills = outcome.skills.compactMap { $0.label ?? $0.uri }
            if !skills.isEmpty { out += "<br><small>Skills: " + HTMLText.escape(skills.joined(separator: "; ")) + "</small>" }
            out += "</li>\n"
        }
        return out + "</ul>\n"
    }

    static func label(_ status: VerificationStatus) -> String {
        switch status {
        case .verified: "Verified"
        case .failed: "Verification failed"
        case .unverifiable: "Could not be verified offline"
        case .selfAsserted: "Self-asserted (not signed by an issuer)"
        }
    }
}
