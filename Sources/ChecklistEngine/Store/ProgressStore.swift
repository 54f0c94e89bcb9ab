import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The progress file: read, changed under a lock, saved durably with the previous good
/// version kept as a backup. A file it cannot read is never overwritten.
public struct ProgressStore: Sendable {
    /// The path the user named (may be a symlink, which is kept).
    public let url: URL
    /// How long a command waits for another optout to finish writing.
    public var lockTimeout: TimeInterval
    /// Larger files are refused, not parsed.
    public static let maximumBytes = 64 * 1024 * 1024

    public init(url: URL, lockTimeout: TimeInterval = 3) {
        self.url = url
        self.lockTimeout = lockTimeout
    }

    /// Where bytes go: the symlink's target when the path is a symlink, so the link stays.
    public var fileURL: URL {
        if let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path) {
            return destination.hasPrefix("/") ? URL(fileURLWithPath: destination)
                : url.deletingLastPathComponent().appendingPathComponent(destination)
        }
        return url
    }

    public var backupURL: URL { URL(fileURLWithPath: fileURL.path + ".bak") }
    /// The version 1 file as it was before its upgrade: kept for good, never overwritten.
    public var versionOneURL: URL { URL(fileURLWithPath: fileURL.path + ".v1") }
    public var lockPath: String { fileURL.path + ".lock" }

    // MARK: Reading

    /// The progress as saved; empty when the file is missing or empty.
    public func load() throws(ProgressError) -> UserProgress {
        let path = fileURL.path
        var info = stat()
        if stat(path, &info) != 0 {
            if errno == ENOENT { return .empty }
            throw .unreadable(path: url.path, reason: String(cString: strerror(errno)), backup: existingBackup)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory(path: url.path) }
        if info.st_size > Self.maximumBytes { throw .tooLarge(path: url.path, limit: Self.maximumBytes) }
        if access(path, R_OK) != 0, errno == EACCES { throw .noPermission(path: url.path, writing: false) }
        let data: Data
        do {
            data = try Data(contentsOf: fileURL)
        } catch {
            throw .unreadable(path: url.path, reason: YAMLReader.reason(error), backup: existingBackup)
        }
        return try decode(data)
    }

    /// The progress in `data`, read as `load` reads the file (public for the fuzz target).
    public func decode(_ data: Data) throws(ProgressError) -> UserProgress {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .empty }
        // The file as optout writes it is read by hand; anything else, and every error, by Foundation.
        if let progress = ProgressJSONReader.decode(data) {
            if progress.schemaVersion > UserProgress.currentSchemaVersion {
                throw .newerSchema(path: url.path, found: progress.schemaVersion, supported: UserProgress.currentSchemaVersion, backup: existingBackup)
            }
            if progress.schemaVersion >= 1 { return progress }
        }
        // The version first, so a newer file is named as such rather than as broken.
        struct Version: Decodable { var schemaVersion: Int }
        if let version = try? JSONDecoder().decode(Version.self, from: data), version.schemaVersion > UserProgress.currentSchemaVersion {
            throw .newerSchema(path: url.path, found: version.schemaVersion, supported: UserProgress.currentSchemaVersion, backup: existingBackup)
        }
        do {
            let progress = try ProgressCoding.decoder.decode(UserProgress.self, from: data)
            guard progress.schemaVersion >= 1 else {
                throw ProgressError.unreadable(path: url.path, reason: "schemaVersion \(progress.schemaVersion) is not valid", backup: existingBackup)
            }
            return progress
        } catch let error as ProgressError {
            throw error
        } catch {
            throw .unreadable(path: url.path, reason: ProgressCoding.describe(error), backup: existingBackup)
        }
    }

    private var existingBackup: String? {
        FileManager.default.isReadableFile(atPath: backupURL.path) ? backupURL.path : nil
    }

    // MARK: Changing

    /// Locks the file, reads the freshest version, lets `body` change it and saves the
    /// result durably when it changed. Returns the saved progress and what `body` returned.
    /// `afterSave` runs once the progress is saved, still under the lock (to delete an
    /// evidence file only once nothing can record it again meanwhile).
    public func update<Result>(
        purpose: String = "a command", _ body: (inout UserProgress) throws(ProgressError) -> Result,
        afterSave: (UserProgress, Result) -> Void = { _, _ in }
    ) throws(ProgressError) -> (progress: UserProgress, result: Result) {
        try prepareFolder()
        try checkWritable()
        let lock: FileLock
        do {
            lock = try FileLock(path: lockPath, timeout: lockTimeout, purpose: purpose)
        } catch {
            // Name the file the user knows, not the lock file beside it.
            if case .locked(_, let holder) = error { throw .locked(path: url.path, holder: holder) }
            throw error
        }
        defer { withExtendedLifetime(lock) {} }
        removeStaleTemporaries()
        let before = try load()
        var progress = before
        let result = try body(&progress)
        // Only a file that held progress becomes the backup: an empty one never replaces a
        // good backup.
        if progress != before {
            if before.schemaVersion == 1, progress.schemaVersion > 1, fileExists { try keepVersionOne() }
            try save(progress, previousExists: before != .empty)
        }
        afterSave(progress, result)
        return (progress, result)
    }

    /// Applies one change with the catalog's rules at `now`.
    /// `timeZone` says which day "today" is for a letter (the full-screen view passes its own).
    public func apply(_ change: ProgressChange, catalog: Catalog, at now: Date, timeZone: TimeZone = .current, purpose: String = "a command")
        throws(ProgressError) -> (progress: UserProgress, outcome: ChangeOutcome)
    {
        let (progress, outcome) = try update(purpose: purpose) { (progress: inout UserProgress) throws(ProgressError) in
            try progress.apply(change, catalog: catalog, at: now, timeZone: timeZone)
        }
        return (progress, outcome)
    }

    private var fileExists: Bool { FileManager.default.fileExists(atPath: fileURL.path) }

    /// Saves: the current file (known good: it was just read) becomes the backup by a hard
    /// link, then the new version replaces it durably.
    private func save(_ progress: UserProgress, previousExists: Bool) throws(ProgressError) {
        let data = ProgressCoding.encodeFile(progress)
        let path = fileURL.path
        if previousExists, fileExists {
            let staging = backupURL.path + ".tmp-\(getpid())"
            unlink(staging)
            if link(path, staging) == 0 {
                if rename(staging, backupURL.path) != 0 { unlink(staging) }
                // The old file is about to be replaced: its copy is as private as the new one.
                _ = chmod(backupURL.path, 0o600)
            } else {
                // Some file systems have no hard links: copy instead.
                if let old = try? Data(contentsOf: fileURL) { try? DurableFile.write(old, to: backupURL) }
            }
        }
        try DurableFile.write(data, to: fileURL)
    }

    /// Before the first save of an upgraded file: the version 1 file stays beside it as
    /// `progress.json.v1` (a hard link, else a copy). One already there is left as it is.
    private func keepVersionOne() throws(ProgressError) {
        let kept = versionOneURL.path
        if link(fileURL.path, kept) == 0 {
            _ = chmod(kept, 0o600)
            DurableFile.syncFolder(fileURL.deletingLastPathComponent().path)
            return
        }
        if errno == EEXIST { return }
        // No hard links here: a copy, written only where no file is.
        let old: Data
        do {
            old = try Data(contentsOf: fileURL)
        } catch {
            throw .cannotWrite(path: kept, reason: YAMLReader.reason(error))
        }
        try DurableFile.create(old, at: versionOneURL)
    }

    /// Temporary files are only written under the lock, so one found while holding it was left
    /// by a writer that died (killed, or a power cut) before its rename: clear it. Only optout's
    /// own names for this file, and only when their process is gone.
    private func removeStaleTemporaries() {
        let folder = fileURL.deletingLastPathComponent()
        let name = fileURL.lastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        let prefixes = ["." + name + ".tmp-", name + ".bak.tmp-", "." + name + ".bak.tmp-"]
        for candidate in names {
            guard let prefix = prefixes.first(where: { candidate.hasPrefix($0) }),
                  let pid = Int32(candidate.dropFirst(prefix.count)), pid > 0, pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH
            else { continue }
            unlink(folder.appendingPathComponent(candidate).path)
        }
    }

    /// A save needs to write in the folder (the lock, the temporary file, the backup) and, when
    /// the file exists, to be allowed to change it: say so before anything else is tried.
    private func checkWritable() throws(ProgressError) {
        let folder = fileURL.deletingLastPathComponent().path
        for path in [folder, fileURL.path] where access(path, F_OK) == 0 && access(path, W_OK) != 0 {
            switch errno {
            case EACCES, EPERM: throw .noPermission(path: url.path, writing: true)
            case EROFS: throw .cannotWrite(path: url.path, reason: String(cString: strerror(EROFS)))
            default: continue
            }
        }
    }

    /// Creates the folder (0700) when it is missing; leaves an existing folder's mode alone.
    public func prepareFolder() throws(ProgressError) {
        let folder = fileURL.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            if !isDirectory.boolValue { throw .cannotWrite(path: url.path, reason: "\(folder.path) is not a folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotWrite(path: url.path, reason: YAMLReader.reason(error))
        }
    }
}
