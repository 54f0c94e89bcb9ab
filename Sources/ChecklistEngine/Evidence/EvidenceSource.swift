import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The file a person gives as evidence, opened so that what is checked is what is read:
/// `lstat` refuses what is not a plain file without opening it (a FIFO would block, a device
/// may act on being opened), then `open` with `O_NOFOLLOW` and `fstat` of that descriptor
/// confirm it is the same plain file, so a swap in between is caught.
struct EvidenceSource: ~Copyable {
    let path: String
    let descriptor: Int32
    let size: Int

    init(path: String, maximumBytes: Int) throws(EvidenceError) {
        self.path = path
        var before = stat()
        guard lstat(path, &before) == 0 else { throw Self.openFailure(path, errno) }
        try Self.check(before, path: path, maximumBytes: maximumBytes)
        // O_NONBLOCK: should a FIFO be swapped in after lstat, opening it does not wait for a writer.
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.openFailure(path, errno) }
        var after = stat()
        guard fstat(descriptor, &after) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .unreadable(path: path, reason: reason)
        }
        do throws(EvidenceError) {
            try Self.check(after, path: path, maximumBytes: maximumBytes)
            guard after.st_dev == before.st_dev, after.st_ino == before.st_ino else { throw .changedWhileCopying(path: path) }
        } catch {
            close(descriptor)
            throw error
        }
        self.descriptor = descriptor
        size = Int(after.st_size)
    }

    deinit { close(descriptor) }

    /// Reads up to `buffer.count` bytes; 0 at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(EvidenceError) -> Int {
        while true {
            let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno == EINTR || errno == EAGAIN { continue }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
    }

    private static func check(_ info: stat, path: String, maximumBytes: Int) throws(EvidenceError) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .isDirectory(path: path)
        case S_IFLNK: throw .isSymlink(path: path)
        case S_IFIFO: throw .notAFile(path: path, kind: .pipe)
        case S_IFSOCK: throw .notAFile(path: path, kind: .socket)
        default: throw .notAFile(path: path, kind: .device)
        }
        if info.st_size == 0 { throw .empty(path: path) }
        if info.st_size > maximumBytes { throw .tooLarge(path: path, limit: maximumBytes) }
    }

    private static func openFailure(_ path: String, _ code: Int32) -> EvidenceError {
        switch code {
        case ENOENT, ENOTDIR: return .missing(path: path)
        case EACCES, EPERM: return .noPermission(path: path)
        case ELOOP: return .isSymlink(path: path)
        case ENXIO: return .notAFile(path: path, kind: .socket)
        default: return .unreadable(path: path, reason: String(cString: strerror(code)))
        }
    }
}
