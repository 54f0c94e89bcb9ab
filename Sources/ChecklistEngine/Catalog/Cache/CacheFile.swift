#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and replacing a file of the cache folder with plain system calls. Nothing here
/// throws or reports: whatever goes wrong (no folder, a read-only or full disk, a path that is
/// a file or a FIFO) just means no cache this time.
enum CacheFile {
    /// Larger files are not read: no snapshot of real catalog folders comes near.
    static let maximumBytes = 256 * 1024 * 1024

    /// The bytes of the regular file at `path`, or nil.
    static func contents(atPath path: String) -> [UInt8]? {
        // O_NONBLOCK: a FIFO put there must not block the start; it is refused below.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
              info.st_size > 0, info.st_size <= maximumBytes
        else { return nil }
        let size = Int(info.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var offset = 0
            while offset < size, let base = buffer.baseAddress {
                let count = read(fd, base + offset, size - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                offset += count
            }
            // A file that shrank while read is a file being replaced: not this time.
            complete = offset == size
            initialized = offset
        }
        return complete ? bytes : nil
    }

    /// Replaces the file at `folder/name` with `bytes`: written under a unique temporary name,
    /// then renamed over, so a reader (another optout, started at the same moment) sees the old
    /// file or the new one, never half of one. No fsync: after a crash the file may be empty or
    /// cut short, which its checksum tells, and the cache is rebuilt. Creates the folder (0700)
    /// and its missing parents; the file is 0600.
    @discardableResult
    static func replace(_ name: String, in folder: String, with bytes: [UInt8]) -> Bool {
        guard makeFolder(folder) else { return false }
        // mkstemp replaces the six trailing capital X with a unique suffix.
        var template = Array((folder + "/." + name + "." + String(repeating: "X", count: 6)).utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard fd >= 0 else { return false }
        // The template, its Xs now filled in, without the terminating NUL.
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var written = 0
        bytes.withUnsafeBytes { raw in
            while written < raw.count, let base = raw.baseAddress {
                let count = write(fd, base + written, raw.count - written)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                written += count
            }
        }
        // mkstemp makes the file 0600 whatever the umask.
        let closed = close(fd) == 0
        guard written == bytes.count, closed, rename(temporary, folder + "/" + name) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    static func remove(_ name: String, in folder: String) {
        unlink(folder + "/" + name)
    }

    /// `mkdir -p` with mode 0700 for every folder it creates (the XDG spec asks for that).
    private static func makeFolder(_ path: String) -> Bool {
        var info = stat()
        if stat(path, &info) == 0 { return (info.st_mode & S_IFMT) == S_IFDIR }
        let parent = path.split(separator: "/", omittingEmptySubsequences: true).dropLast().joined(separator: "/")
        if !parent.isEmpty, !makeFolder("/" + parent) { return false }
        return mkdir(path, 0o700) == 0 || errno == EEXIST
    }
}
