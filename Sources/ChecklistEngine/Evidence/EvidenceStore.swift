import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The evidence folder: each file kept under the SHA-256 of its bytes (so the same file is
/// kept once and a changed one is found), mode 0600 in a 0700 folder. A file is copied,
/// never moved, and written durably (a temporary name, fsync, rename, fsync of the folder)
/// before anything may record it, so a crash leaves at worst a file nothing names.
public struct EvidenceStore: Sendable {
    public let folder: URL
    /// Larger files are refused: 25 MiB, 26,214,400 bytes.
    public static let maximumBytes = 25 * 1024 * 1024

    /// Writes bytes to a descriptor as `write(2)` does; tests put a full disk in its place.
    typealias Writer = @Sendable (Int32, UnsafeRawBufferPointer) -> Int
    private let writer: Writer

    public init(folder: URL) {
        self.init(folder: folder, writer: { descriptor, bytes in Glibc.write(descriptor, bytes.baseAddress, bytes.count) })
    }

    init(folder: URL, writer: @escaping Writer) {
        self.folder = folder
        self.writer = writer
    }

    /// The folder beside the progress file `progress` (beside the file a symlink points to).
    public init(beside progress: ProgressStore) {
        self.init(folder: progress.fileURL.deletingLastPathComponent().appendingPathComponent("evidence"))
    }

    // MARK: Storing

    /// Copies the file at `path` into the folder and returns its record, `added` at `now`.
    /// The same bytes stored again are found, not written twice. Throws, with nothing left in
    /// the folder, when the file is missing, unreadable, not a plain file, empty, over
    /// `maximumBytes`, a mailbox of several emails, or the disk is full.
    public func store(_ path: String, at now: Date) throws(EvidenceError) -> Evidence {
        let source = try EvidenceSource(path: path, maximumBytes: Self.maximumBytes)
        try prepareFolder()
        let temporary = folder.appendingPathComponent(Self.temporaryPrefix + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        let descriptor = open(temporary, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw writeFailure(errno) }
        var isOpen = true
        defer { if isOpen { close(descriptor) } }
        do throws(EvidenceError) {
            guard fchmod(descriptor, 0o600) == 0 else { throw writeFailure(errno) }
            let (hash, head, size) = try copy(source, to: descriptor)
            guard size == source.size else { throw .changedWhileCopying(path: path) }
            let type = MediaType.sniff(head, complete: size <= head.count)
            var email: EmailSummary?
            if type == .email {
                let bytes = try readBack(descriptor, size: size)
                let messages = EmailMessage.messageCount(in: bytes)
                guard messages == 1 else { throw .mailbox(path: path, messages: messages) }
                email = EmailMessage(parsing: bytes).headers.summary
            }
            let evidence = Evidence(sha256: hash, name: Self.displayName(path), size: size, mediaType: type, added: now, email: email)
            if verify(hash) == .intact {
                unlink(temporary)
                return evidence
            }
            // New, or a damaged copy under that name: the fresh bytes take its place.
            guard fsync(descriptor) == 0 else { throw writeFailure(errno) }
            isOpen = false
            guard close(descriptor) == 0 else { throw writeFailure(errno) }
            guard rename(temporary, folder.appendingPathComponent(hash).path) == 0 else { throw writeFailure(errno) }
            DurableFile.syncFolder(folder.path)
            return evidence
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Streams `source` into `descriptor`, hashing as it goes; returns the hash, the first bytes
    /// (for `MediaType.sniff`) and how many bytes there were.
    private func copy(_ source: borrowing EvidenceSource, to descriptor: Int32) throws(EvidenceError) -> (String, [UInt8], Int) {
        var hasher = SHA256()
        var head: [UInt8] = []
        var size = 0
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = try source.read(into: buffer)
            if count == 0 { break }
            size += count
            // The file grew after it was measured.
            if size > Self.maximumBytes { throw .tooLarge(path: source.path, limit: Self.maximumBytes) }
            let chunk = UnsafeRawBufferPointer(rebasing: buffer[0..<count])
            hasher.update(bufferPointer: chunk)
            if head.count < MediaType.sniffLength { head += chunk.prefix(MediaType.sniffLength - head.count) }
            try writeAll(chunk, to: descriptor)
        }
        return (Self.hex(hasher.finalize()), head, size)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) throws(EvidenceError) {
        var offset = 0
        while offset < bytes.count {
            let written = writer(descriptor, UnsafeRawBufferPointer(rebasing: bytes[offset...]))
            if written < 0 {
                if errno == EINTR { continue }
                throw writeFailure(errno)
            }
            offset += written
        }
    }

    /// The bytes just written, for an email's headers (at most `maximumBytes`).
    private func readBack(_ descriptor: Int32, size: Int) throws(EvidenceError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + offset, size - offset, off_t(offset)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw writeFailure(count < 0 ? errno : EIO) }
            offset += count
        }
        return bytes
    }

    /// Creates the folder 0700 (and its parents), and makes an existing one 0700.
    private func prepareFolder() throws(EvidenceError) {
        var info = stat()
        if stat(folder.path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw .cannotWrite(folder: folder.path, reason: String(cString: strerror(ENOTDIR))) }
            if info.st_mode & 0o777 != 0o700, chmod(folder.path, 0o700) != 0 { throw writeFailure(errno) }
            return
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotWrite(folder: folder.path, reason: YAMLReader.reason(error))
        }
        // The umask may have taken bits away.
        guard chmod(folder.path, 0o700) == 0 else { throw writeFailure(errno) }
    }

    func writeFailure(_ code: Int32) -> EvidenceError {
        if code == ENOSPC || code == EDQUOT { return .diskFull(folder: folder.path) }
        return .cannotWrite(folder: folder.path, reason: String(cString: strerror(code)))
    }

    /// The name the file had, without its folder, as one safe line of at most 255 characters.
    static func displayName(_ path: String) -> String {
        let name = SafeText.line(URL(fileURLWithPath: path).lastPathComponent)
        return name.count > 255 ? String(name.prefix(254)) + "…" : name
    }

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in digest { text += [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]] }
        return String(decoding: text, as: UTF8.self)
    }

    /// Temporary files start so: hidden, never a hash, and carrying the writer's process id.
    static let temporaryPrefix = ".tmp-"
}
