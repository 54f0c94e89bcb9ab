import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that a crash at any moment leaves either the old or the new version:
/// a temporary file in the same folder, `fchmod` 0600, `fsync`, `rename`, then `fsync` of the
/// folder. Foundation's `.atomic` skips the last step and resets the mode, so this is ours.
public enum DurableFile {
    public static func write(_ data: Data, to url: URL, mode: mode_t = 0o600) throws(ProgressError) {
        let temporary = try writeTemporary(data, beside: url, mode: mode)
        guard rename(temporary, url.path) == 0 else {
            let error = failure(url)
            unlink(temporary)
            throw error
        }
        syncFolder(url.deletingLastPathComponent().path)
    }

    /// Writes a new file, never replacing one: when `url` exists it is left as it is. For a
    /// folder without hard links (`link` is the first choice); written in place, synced.
    public static func create(_ data: Data, at url: URL, mode: mode_t = 0o600) throws(ProgressError) {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        if fd < 0, errno == EEXIST { return }
        guard fd >= 0 else { throw failure(url) }
        let ok = writeAll(data, to: fd) && fsync(fd) == 0
        let savedErrno = errno
        close(fd)
        guard ok else {
            unlink(url.path)
            errno = savedErrno
            throw failure(url)
        }
        syncFolder(url.deletingLastPathComponent().path)
    }

    /// `data` in a temporary file beside `url`, synced; its path.
    private static func writeTemporary(_ data: Data, beside url: URL, mode: mode_t) throws(ProgressError) -> String {
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure(url) }
        let ok = fchmod(fd, mode) == 0 && writeAll(data, to: fd) && fsync(fd) == 0
        let savedErrno = errno
        close(fd)
        guard ok else {
            unlink(temporary)
            errno = savedErrno
            throw failure(url)
        }
        return temporary
    }

    static func writeAll(_ data: Data, to fd: Int32) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress else { return true }
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(fd, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    /// Makes a rename or link in `folder` survive a power cut.
    public static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    static func failure(_ url: URL) -> ProgressError {
        .cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
    }
}
