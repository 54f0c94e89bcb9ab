import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A stored file read whole, for the dossier to show it: the bytes only when they still have
/// the hash the file is named by, so what is shown is what was attached.
public enum EvidenceContents: Sendable, Equatable {
    case intact([UInt8])
    /// Changed, missing or unreadable: nothing of it may be shown.
    case unusable(EvidenceIntegrity)

    public var integrity: EvidenceIntegrity {
        switch self {
        case .intact: .intact
        case .unusable(let integrity): integrity
        }
    }
}

extension EvidenceStore {
    /// Reads the file of `hash` (at most `maximumBytes`: a larger one cannot be what was
    /// attached) and checks its hash on the same bytes, so nothing can change in between.
    public func contents(of hash: String) -> EvidenceContents {
        guard Self.isHash(hash) else { return .unusable(.missing) }
        let descriptor = open(folder.appendingPathComponent(hash).path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT: return .unusable(.missing)
            case ELOOP: return .unusable(.changed)
            default: return .unusable(.unreadable(reason: String(cString: strerror(errno))))
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .unusable(.unreadable(reason: String(cString: strerror(errno)))) }
        guard info.st_mode & S_IFMT == S_IFREG, info.st_size <= off_t(Self.maximumBytes) else { return .unusable(.changed) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var count = 0
        while count < bytes.count {
            let read = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
            }
            if read < 0, errno == EINTR { continue }
            if read < 0 { return .unusable(.unreadable(reason: String(cString: strerror(errno)))) }
            if read == 0 { break }
            count += read
        }
        // A file that shrank or grew since fstat is judged on what it holds now: not what was attached.
        if count < bytes.count { return .unusable(.changed) }
        var extra: UInt8 = 0
        if Glibc.read(descriptor, &extra, 1) > 0 { return .unusable(.changed) }
        return Self.hex(SHA256.hash(data: bytes)) == hash ? .intact(bytes) : .unusable(.changed)
    }
}
