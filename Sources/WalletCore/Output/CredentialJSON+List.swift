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
        let parts = RenderedChunks(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let slice = summaries[min(chunk * chunkSize, summaries.count)..<min((chunk + 1) * chunkSize, summaries.count)]
            var w = JSONByteWriter(capacity: slice.count * 1_100 + 16, insideArrayAfterFirst: chunk > 0)
            for index in slice.indices {  // by index: `for summary in` copied (retained) every summary
                w.element()
                entry(slice[index], into: &w)
            }
            parts.store(w.bytes, at: chunk)
        }
        return parts.joined(prefix: Array("[".utf8), suffix: Array("\n]\n".utf8))
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
    private var chunks: [ByteBuffer?]

    init(count: Int) {
        chunks = Array(repeating: nil, count: count)
    }

    /// Hands over a finished chunk (its writer is done with it).
    func store(_ bytes: ByteBuffer, at index: Int) {
        lock.withLock { chunks[index] = bytes }
    }

    /// `prefix`, every chunk in order, then `suffix`, copied once into an exactly sized array.
    func joined(prefix: [UInt8], suffix: [UInt8]) -> [UInt8] {
        lock.withLock {
            let total = prefix.count + chunks.reduce(0) { $0 + ($1?.count ?? 0) } + suffix.count
            return [UInt8](unsafeUninitializedCapacity: total) { buffer, initialised in
                guard let base = buffer.baseAddress else { return }
                base.initialize(from: prefix, count: prefix.count)
                var offset = prefix.count
                for chunk in chunks.compactMap({ $0 }) {
                    chunk.copy(to: base + offset)
                    offset += chunk.count
                }
                (base + offset).initialize(from: suffix, count: suffix.count)
                initialised = offset + suffix.count
            }
        }
    }
}
