import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that a crash at any moment leaves either the old or the new version:
/// a temporary file in the same folder, `fchmod` 0600, `fsync`, `rename`, then `fsync` of the
/// folder. Foundation's `.atomic` skips the last step and resets the mode, so this is ours.
public enum DurableFile {
    public static func write(_ data: Data, to url: URL, mode: mode_t = 0o600) throws(ProgressError) {
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure(url) }
        var ok = fchmod(fd, mode) == 0
        if ok {
            ok = data.withUnsafeBytes { raw -> Bool in
                var offset = 0
                while offset < raw.count {
                    let written = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        return false
                    }
                    offset += written
                }
                return true
            }
        }
        if ok { ok = fsync(fd) == 0 }
        let savedErrno = errno
        close(fd)
        guard ok else {
            unlink(temporary)
            errno = savedErrno
            throw failure(url)
        }
        guard rename(temporary, url.path) == 0 else {
            let error = failure(url)
            unlink(temporary)
            throw error
        }
        syncFolder(folder)
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
