/// A growable byte buffer written through a raw pointer, for `JSONByteWriter`.
///
/// Why: `list --json` appends ~10 MB in pieces of a few bytes; every `Array.append` re-checks
/// uniqueness and capacity, which was about a third of rendering. A buffer has one owner (one
/// writer on one thread) and is only read after its writer is done.
final class ByteBuffer {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes written so far.
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    deinit {
        storage.deallocate()
    }

    func append(_ byte: UInt8) {
        if count == capacity { grow(toAtLeast: count + 1) }
        storage[count] = byte
        count += 1
    }

    func append<Bytes: Sequence>(contentsOf bytes: Bytes) where Bytes.Element == UInt8 {
        let copied: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
            if count + buffer.count > capacity { grow(toAtLeast: count + buffer.count) }
            (storage + count).initialize(from: base, count: buffer.count)
            count += buffer.count
        }
        if copied == nil {
            for byte in bytes { append(byte) }
        }
    }

    /// Copies every byte written to `destination`, which has room for `count` bytes.
    func copy(to destination: UnsafeMutablePointer<UInt8>) {
        destination.initialize(from: storage, count: count)
    }

    private func grow(toAtLeast minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        larger.initialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity = newCapacity
    }
}
