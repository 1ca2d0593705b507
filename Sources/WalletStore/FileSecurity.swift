import Foundation

/// File-mode hygiene: the wallet, its WAL and shared-memory files are readable by the owner only.
enum FileSecurity {
    /// Creates the parent directory (mode 0700) if needed.
    static func prepareDirectory(for url: URL) throws(StoreError) {
        let directory = url.deletingLastPathComponent().path
        guard !FileManager.default.fileExists(atPath: directory) else { return }
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .database("cannot create \(directory): \(error.localizedDescription)")
        }
    }

    /// Creates an empty file with mode 0600 before SQLite opens it; SQLite gives the `-wal` and
    /// `-shm` files the same mode as the database file.
    static func createPrivateFile(at path: String) throws(StoreError) {
        let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .database("cannot create \(path): \(String(cString: strerror(errno)))") }
        close(fd)
    }

    /// Forces mode 0600 on the wallet and any sidecar files that exist (belt and braces).
    static func restrictSidecars(of path: String) throws(StoreError) {
        for candidate in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: candidate) {
            guard chmod(candidate, 0o600) == 0 else {
                throw .database("cannot set mode 0600 on \(candidate): \(String(cString: strerror(errno)))")
            }
        }
    }
}
