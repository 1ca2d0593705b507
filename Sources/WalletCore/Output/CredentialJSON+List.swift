import Foundation
import WalletModel
import WalletStore

extension CredentialJSON {
    /// `list --json` as UTF-8 bytes, written directly (the fast path for large wallets).
    ///
    /// Same members, order and layout as `listEntry`; a test keeps the two in step.
    public static func listBytes(_ summaries: [CredentialSummary]) -> [UInt8] {
        guard !summaries.isEmpty else { return Array("[]\n".utf8) }
        // Entries are independent: render order-preserving chunks on all cores, then join.
        // Four chunks per core: on a shared machine a descheduled worker then holds up only a
        // small chunk, not half the work.
        let chunkCount = max(1, min(4 * ProcessInfo.processInfo.activeProcessorCount, summaries.count / 500))
        let chunkSize = (summaries.count + chunkCount - 1) / chunkCount
        // The first chunk's buffer starts with `[` and has room for the whole list, so joining
        // copies only the later chunks (fresh memory for 10 MB of output showed as page faults).
        let parts = RenderedChunks(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let slice = summaries[min(chunk * chunkSize, summaries.count)..<min((chunk + 1) * chunkSize, summaries.count)]
            let capacity = (chunk == 0 ? summaries.count : slice.count) * 1_100 + 16
            var w = JSONByteWriter(capacity: capacity, insideArrayAfterFirst: chunk > 0, prefix: chunk == 0 ? [UInt8(ascii: "[")] : [])
            for index in slice.indices {  // by index: `for summary in` copied (retained) every summary
                w.element()
                entry(slice[index], into: &w)
            }
            parts.store(w.bytes, at: chunk)
        }
        var out = parts.joined()
        out.append(contentsOf: Array("\n]\n".utf8))
        return out
    }

    private static func entry(_ summary: CredentialSummary, into w: inout JSONByteWriter) {
        // Fields are read through `summary.overview` in place; binding `let overview` copied it.
        w.beginObject()
        w.key("id"); w.string(summary.overview.id.rawValue)
        w.key("title"); w.string(summary.overview.title)
        w.key("issuer"); w.beginObject()
        if summary.overview.awardingBody != nil {
            issuer(summary.overview.awardingBody, into: &w)
        } else {
            issuer(summary.issuer, into: &w)
        }
        w.endObject()
        w.key("issued"); w.date(summary.overview.issued)
        w.key("validUntil"); w.date(summary.overview.validUntil)
        w.key("workload")
        if summary.overview.workload.isEmpty { w.null() } else { workload(summary.overview.workload[0], into: &w) }
        w.key("workloads"); w.beginArray()
        for index in summary.overview.workload.indices {
            w.element()
            workload(summary.overview.workload[index], into: &w)
        }
        w.endArray()
        w.key("ects"); w.number(summary.overview.ects)
        w.key("eqf"); w.number(summary.overview.eqfLevel.map(Double.init))
        w.key("format"); w.string(summary.overview.format.rawValue)
        w.key("verification"); verification(summary.verification, into: &w)
        w.endObject()
    }

    private static func issuer(_ organisation: Organisation?, into w: inout JSONByteWriter) {
        w.key("name"); w.string(organisation?.name)
        w.key("id"); w.string(organisation?.id)
        w.key("country"); w.string(organisation?.country)
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
        for check in report.checks {  // VerificationCheck is small (three enums and a string)
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

/// Rendered chunks from concurrent workers, joined in order.
final class RenderedChunks: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [[UInt8]]

    init(count: Int) {
        chunks = Array(repeating: [], count: count)
    }

    func store(_ bytes: [UInt8], at index: Int) {
        lock.withLock { chunks[index] = bytes }
    }

    /// The first chunk with the others appended (its buffer is taken over, not copied).
    func joined() -> [UInt8] {
        lock.withLock {
            var out: [UInt8] = []
            swap(&out, &chunks[0])
            for chunk in chunks.dropFirst() { out.append(contentsOf: chunk) }
            return out
        }
    }
}
