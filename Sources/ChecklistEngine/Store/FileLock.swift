import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive `flock` on a lock file beside the progress file. The kernel drops it when
/// the process dies, even by SIGKILL, so a killed writer never blocks anyone.
public final class FileLock: @unchecked Sendable {
    private let fd: Int32
    public let path: String

    /// Waits up to `timeout` for the lock; then fails naming the holder it wrote down.
    public init(path: String, timeout: TimeInterval, purpose: String) throws(ProgressError) {
        self.path = path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                let holder = Self.holder(fd: fd)
                close(fd)
                throw .locked(path: path, holder: holder)
            }
            usleep(20_000)
        }
        self.fd = fd
        // Say who holds it, for whoever waits next.
        let note = "optout (pid \(getpid()), \(purpose))"
        _ = ftruncate(fd, 0)
        _ = note.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    /// Tries once, without waiting; nil when another process holds it.
    public static func attempt(path: String, purpose: String) -> FileLock? {
        try? FileLock(path: path, timeout: 0, purpose: purpose)
    }

    /// Who holds the lock at `path` now: nil when it is free (or no lock file exists), else
    /// the holder's own note ("optout (pid 12, the full-screen view)") or "" when it left none.
    /// Creates nothing and writes nothing.
    public static func currentHolder(path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 {
            _ = flock(fd, LOCK_UN)
            return nil
        }
        return holder(fd: fd) ?? ""
    }

    private static func holder(fd: Int32) -> String? {
        var buffer = [UInt8](repeating: 0, count: 200)
        let count = pread(fd, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        let text = SafeText.line(String(decoding: buffer[0..<count], as: UTF8.self))
        return text.isEmpty ? nil : text
    }

    deinit {
        // Forget who held it, so a later holder that is not optout is never named after a gone one.
        _ = ftruncate(fd, 0)
        _ = flock(fd, LOCK_UN)
        close(fd)
    }
}
