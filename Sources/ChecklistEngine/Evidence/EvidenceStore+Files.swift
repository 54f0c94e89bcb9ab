import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What became of a stored file.
public enum EvidenceIntegrity: Sendable, Equatable {
    /// Its bytes still have the hash it is named by.
    case intact
    /// Its bytes differ, or something else (a link, a folder) took its place.
    case changed
    case missing
    /// It is there but cannot be read (`reason` is the system's).
    case unreadable(reason: String)
}

/// A file in the evidence folder that no record needs, for `optout doctor`.
public struct EvidenceLeftover: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Named by a hash that no record names (a crash between storing and recording, or
        /// evidence removed from every step).
        case unreferenced
        /// A copy interrupted before its rename: its writer is gone.
        case temporary
        /// A name optout never writes: someone put it there. Reported, never removed.
        case foreign
    }

    public var name: String
    public var kind: Kind
}

extension EvidenceStore {
    /// Whether `text` is a hash as records write it: 64 lower-case hex digits.
    public static func isHash(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// Where the file of `hash` is (for the dossier to read it).
    public func fileURL(for hash: String) throws(EvidenceError) -> URL {
        guard Self.isHash(hash) else { throw .invalidHash(hash) }
        return folder.appendingPathComponent(hash)
    }

    /// Reads the stored file again and compares its hash with its name.
    public func verify(_ hash: String) -> EvidenceIntegrity {
        guard Self.isHash(hash) else { return .missing }
        let descriptor = open(folder.appendingPathComponent(hash).path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT: return .missing
            case ELOOP: return .changed
            default: return .unreadable(reason: String(cString: strerror(errno)))
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .unreadable(reason: String(cString: strerror(errno))) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .changed }
        var hasher = SHA256()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                return .unreadable(reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
        return Self.hex(hasher.finalize()) == hash ? .intact : .changed
    }

    /// Removes the file of `hash`; one already gone is fine. The caller checks first that no
    /// record still names it.
    public func remove(_ hash: String) throws(EvidenceError) {
        let path = try fileURL(for: hash).path
        guard unlink(path) == 0 || errno == ENOENT else { throw writeFailure(errno) }
        DurableFile.syncFolder(folder.path)
    }

    /// The files of the folder that `referenced` (the hashes the records name) does not
    /// account for, sorted by name; a missing folder has none. A temporary file whose
    /// writer still runs is in use, not left over.
    public func unreferenced(referenced: Set<String>) -> [EvidenceLeftover] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.sorted().compactMap { name in
            if Self.isHash(name) { return referenced.contains(name) ? nil : EvidenceLeftover(name: name, kind: .unreferenced) }
            if let pid = Self.writer(ofTemporary: name) {
                let running = pid == getpid() || kill(pid, 0) == 0 || errno != ESRCH
                return running ? nil : EvidenceLeftover(name: name, kind: .temporary)
            }
            return EvidenceLeftover(name: name, kind: .foreign)
        }
    }

    /// Removes a leftover that `unreferenced` found; a foreign file is left alone (false).
    @discardableResult
    public func discard(_ leftover: EvidenceLeftover) throws(EvidenceError) -> Bool {
        switch leftover.kind {
        case .foreign:
            return false
        case .unreferenced:
            try remove(leftover.name)
        case .temporary:
            guard Self.writer(ofTemporary: leftover.name) != nil else { return false }
            guard unlink(folder.appendingPathComponent(leftover.name).path) == 0 || errno == ENOENT else { throw writeFailure(errno) }
        }
        return true
    }

    /// The process id in a temporary file's name (`.tmp-PID-RANDOM`), or nil for other names.
    static func writer(ofTemporary name: String) -> pid_t? {
        guard name.hasPrefix(temporaryPrefix) else { return nil }
        let parts = name.dropFirst(temporaryPrefix.count).split(separator: "-")
        guard parts.count == 2, let pid = pid_t(parts[0]), pid > 0, UInt32(parts[1]) != nil else { return nil }
        return pid
    }
}
