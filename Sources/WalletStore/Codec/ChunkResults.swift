import Foundation

/// Collects per-chunk scan results from concurrent workers, then merges them in chunk order.
final class ChunkResults: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [RecordScan?]

    init(count: Int) {
        chunks = Array(repeating: nil, count: count)
    }

    func store(_ scan: RecordScan, at index: Int) {
        lock.withLock { chunks[index] = scan }
    }

    func merged() -> RecordScan {
        lock.withLock {
            RecordScan(
                summaries: chunks.flatMap { $0?.summaries ?? [] },
                damaged: chunks.flatMap { $0?.damaged ?? [] })
        }
    }
}
