import Foundation
import WalletModel
import WalletStore

extension CredentialJSON {
    /// `list --json` as UTF-8 bytes, written directly (the fast path for large wallets).
    ///
    /// Same members, order and layout as `listEntry`; a test keeps the two in step.
    public static func listBytes(_ summaries: [CredentialSummary]) -> [UInt8] {
        var w = JSONByteWriter(capacity: summaries.count * 1_200 + 16)
        w.beginArray()
        for summary in summaries {
            w.element()
            entry(summary, into: &w)
        }
        w.endArray()
        return w.bytes + [UInt8(ascii: "\n")]
    }

    private static func entry(_ summary: CredentialSummary, into w: inout JSONByteWriter) {
        let overview = summary.overview
        let issuer = overview.awardingBody ?? summary.issuer
        w.beginObject()
        w.key("id"); w.string(overview.id.rawValue)
        w.key("title"); w.string(overview.title)
        w.key("issuer"); w.beginObject()
        w.key("name"); w.string(issuer?.name)
        w.key("id"); w.string(issuer?.id)
        w.key("country"); w.string(issuer?.country)
        w.endObject()
        w.key("issued"); w.date(overview.issued)
        w.key("validUntil"); w.date(overview.validUntil)
        w.key("workload")
        if let first = overview.workload.first { workload(first, into: &w) } else { w.null() }
        w.key("workloads"); w.beginArray()
        for item in overview.workload {
            w.element()
            workload(item, into: &w)
        }
        w.endArray()
        w.key("ects"); w.number(overview.ects)
        w.key("eqf"); w.number(overview.eqfLevel.map(Double.init))
        w.key("format"); w.string(overview.format.rawValue)
        w.key("verification"); verification(summary.verification, into: &w)
        w.endObject()
    }

    private static func workload(_ workload: Workload, into w: inout JSONByteWriter) {
        w.beginObject()
        w.key("value"); w.number(workload.value)
        w.key("unit"); w.string(workload.unit.description)
        w.endObject()
    }

    private static func verification(_ report: VerificationReport, into w: inout JSONByteWriter) {
        w.beginObject()
        w.key("status"); w.string(report.status.rawValue)
        w.key("checkedAt"); w.date(report.checkedAt)
        w.key("checks"); w.beginArray()
        for check in report.checks {
            w.element()
            w.beginObject()
            w.key("check"); w.string(check.check.rawValue)
            w.key("result"); w.string(check.result.rawValue)
            w.key("code"); w.string(check.code?.rawValue)
            w.key("message"); w.string(check.message)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}
