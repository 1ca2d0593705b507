import Foundation

/// Creates a new private file in one step (`O_CREAT | O_EXCL`, mode 0600): a check for an existing
/// file followed by a separate write could replace a file that appeared in between, and a file
/// created with the default mode would be readable by others until its mode was changed.
public enum NewFile {
    /// Writes `data` to `path` unless something is already there.
    /// - Returns: false when `path` exists (nothing was written).
    /// - Throws: `WalletError.storage` naming the path and the system's reason for any other failure.
    @discardableResult
    public static func write(_ data: Data, to path: String) throws -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST { return false }
            throw WalletError.storage("cannot write \(path): \(String(cString: strerror(code)))")
        }
        let written = data.withUnsafeBytes { buffer in writeAll(descriptor, buffer) }
        let closed = close(descriptor) == 0
        guard written == nil, closed else {
            let reason = written.map { String(cString: strerror($0)) } ?? "close failed"
            unlink(path)
            throw WalletError.storage("cannot write \(path): \(reason)")
        }
        return true
    }

    /// Writes every byte, retrying short writes and interruptions; returns the errno on failure.
    private static func writeAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32? {
        var offset = 0
        while offset < buffer.count {
            guard let base = buffer.baseAddress else { return nil }
            let count = Foundation.write(descriptor, base + offset, buffer.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += count
        }
        return nil
    }
}
