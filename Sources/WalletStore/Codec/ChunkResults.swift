import Foundation
import WalletModel

/// Opens sealed overviews on all cores straight into one output array, without copying them.
///
/// Why: merging per-chunk arrays copied every summary (a dozen retains each) and touched fresh
/// memory twice; with 10,000 credentials that was a tenth of `list`. Each worker initialises the
/// summaries of its rows in place, in row order, inside the caller's uninitialised buffer; damaged
/// rows leave a gap at the end of their chunk, which `compact` closes by moving (not copying) the
/// later chunks down.
final class ChunkResults: @unchecked Sendable {
    private let lock = NSLock()
    private let base: UnsafeMutablePointer<CredentialSummary>?
    private var written: [Int]
    private var damaged: [[DamagedRecord]]

    /// `buffer` must stay valid and uninitialised until `compact` returns.
    init(count: Int, buffer: UnsafeMutableBufferPointer<CredentialSummary>) {
        base = buffer.baseAddress
        written = Array(repeating: 0, count: count)
        damaged = Array(repeating: [], count: count)
    }

    /// Initialises `slot` with `summary`; a worker writes only slots of its own row range.
    func put(_ summary: CredentialSummary, at slot: Int) {
        base?.advanced(by: slot).initialize(to: summary)
    }

    /// Records how many leading slots of `chunk` hold summaries, and its damaged records.
    func finish(chunk: Int, written count: Int, damaged records: [DamagedRecord]) {
        lock.withLock {
            written[chunk] = count
            damaged[chunk] = records
        }
    }

    /// Moves every chunk's summaries down to close the gaps; returns how many are initialised.
    func compact(chunkStarts: [Int]) -> Int {
        lock.withLock {
            var cursor = 0
            for (chunk, start) in chunkStarts.enumerated() {
                if start != cursor, let base {
                    base.advanced(by: cursor).moveInitialize(from: base.advanced(by: start), count: written[chunk])
                }
                cursor += written[chunk]
            }
            return cursor
        }
    }

    /// The damaged records of every chunk, in row order.
    var allDamaged: [DamagedRecord] {
        lock.withLock { damaged.flatMap { $0 } }
    }
}
