import Foundation

/// An exclusive advisory lock (`flock`) on `<wallet>.lock`, held while a wallet is open.
///
/// Why a separate lock file rather than SQLite's own locking: SQLite would let a second process
/// read while the first writes, but a second cairn process could then re-wrap the key or import
/// concurrently and confuse the user. One writer, one reader: the second process is told
/// "wallet in use" (exit 4). `flock` locks die with the process, so a killed cairn never leaves a
/// stale lock. The lock file is never deleted (deleting lock files races with other openers).
final class WalletLock {
    private let descriptor: Int32

    /// Takes the lock without waiting; throws `walletInUse` if another process holds it.
    init(walletPath: String) throws(StoreError) {
        let path = walletPath + ".lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .database("cannot open lock file \(path): \(String(cString: strerror(errno)))") }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw .walletInUse(path: walletPath)
        }
        descriptor = fd
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
