import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Puts the backup back over a progress file optout cannot read. The broken file is first
/// kept as `progress.json.broken-TIME` (a hard link, else a copy), so nothing is lost.
public struct BackupRestorer: Sendable {
    public let store: ProgressStore

    public init(store: ProgressStore) {
        self.store = store
    }

    /// What was done.
    public struct Restored: Sendable, Equatable {
        public var backup: String
        /// The path the user named.
        public var file: String
        public var accounts: Int
        /// Where the unreadable file was kept, when there was one.
        public var keptAs: String?
    }

    /// Why nothing was restored.
    public enum Refusal: Error, Sendable {
        case noBackup(path: String)
        case backupUnreadable(path: String, ProgressError)
        /// The backup is only for a file optout cannot read.
        case fileReadsWell(path: String)

        public func message(in language: Language) -> String {
            switch self {
            case .noBackup(let backup):
                return Words.text(.storeThereIsNoBackup, in: language, ["backup": backup])
            case .backupUnreadable(let backup, let error):
                return Words.text(.storeTheBackupCannotBe, in: language, ["backup": backup, "message": error.message(in: language)])
            case .fileReadsWell(let path):
                return Words.text(.storeTheProgressFileReads, in: language, ["path": path])
            }
        }
    }

    /// Restores the backup under the store's lock; `now` names the kept file. Throws a
    /// `Refusal`, or a `ProgressError` when the files cannot be read or written.
    public func restore(at now: Date, purpose: String = "optout doctor") throws -> Restored {
        let file = store.fileURL
        let backup = store.backupURL
        guard FileManager.default.fileExists(atPath: backup.path) else { throw Refusal.noBackup(path: backup.path) }
        let saved: UserProgress
        do {
            saved = try ProgressStore(url: backup).load()
        } catch {
            throw Refusal.backupUnreadable(path: backup.path, error)
        }
        let lock: FileLock
        do {
            lock = try FileLock(path: store.lockPath, timeout: store.lockTimeout, purpose: purpose)
        } catch {
            if case .locked(_, let holder) = error { throw ProgressError.locked(path: store.url.path, holder: holder) }
            throw error
        }
        defer { withExtendedLifetime(lock) {} }

        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder)
        if exists, isFolder.boolValue { throw ProgressError.isDirectory(path: store.url.path) }
        if exists, (try? store.load()) != nil { throw Refusal.fileReadsWell(path: store.url.path) }
        var keptAs: String?
        if exists { keptAs = try keep(file, stamp: now) }
        let data: Data
        do {
            data = try Data(contentsOf: backup)
        } catch {
            throw ProgressError.unreadable(path: backup.path, reason: "\(error.localizedDescription)", backup: nil)
        }
        try DurableFile.write(data, to: file)
        return Restored(backup: backup.path, file: store.url.path, accounts: saved.accounts.count, keptAs: keptAs)
    }

    /// Keeps the broken file under a new name that nothing uses yet; returns that name.
    private func keep(_ file: URL, stamp now: Date) throws(ProgressError) -> String {
        let stamp = Timestamp.string(now).filter { $0 != "-" && $0 != ":" }
        var candidate = file.path + ".broken-" + stamp
        var number = 2
        while FileManager.default.fileExists(atPath: candidate) || (try? FileManager.default.destinationOfSymbolicLink(atPath: candidate)) != nil {
            candidate = file.path + ".broken-" + stamp + "-\(number)"
            number += 1
        }
        if link(file.path, candidate) == 0 {
            DurableFile.syncFolder(file.deletingLastPathComponent().path)
            return candidate
        }
        // No hard links here: a copy, created new (never over another file).
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw ProgressError.noPermission(path: file.path, writing: false)
        }
        let fd = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw ProgressError.cannotWrite(path: candidate, reason: String(cString: strerror(errno))) }
        let written = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        let synced = fsync(fd) == 0
        close(fd)
        guard written == data.count, synced else {
            throw ProgressError.cannotWrite(path: candidate, reason: String(cString: strerror(errno)))
        }
        DurableFile.syncFolder(file.deletingLastPathComponent().path)
        return candidate
    }
}
