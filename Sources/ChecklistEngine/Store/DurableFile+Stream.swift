import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension DurableFile {
    /// Writes a file too large to hold in memory at once, as `write` does: `produce` hands
    /// its pieces to the function it is given, into a temporary file beside `url`; then fsync,
    /// rename and fsync of the folder. When `produce` or a write fails, nothing is left.
    public static func stream(to url: URL, mode: mode_t = 0o600, _ produce: (_ write: (Data) throws -> Void) throws -> Void) throws {
        let temporary = url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure(url) }
        var isOpen = true
        defer {
            if isOpen {
                close(fd)
                unlink(temporary)
            }
        }
        guard fchmod(fd, mode) == 0 else { throw failure(url) }
        try produce { data in
            guard writeAll(data, to: fd) else { throw failure(url) }
        }
        guard fsync(fd) == 0 else { throw failure(url) }
        isOpen = false
        guard close(fd) == 0, rename(temporary, url.path) == 0 else {
            let error = failure(url)
            unlink(temporary)
            throw error
        }
        syncFolder(url.deletingLastPathComponent().path)
    }
}
