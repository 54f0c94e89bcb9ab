import Foundation
import Testing
@testable import ChecklistEngine
#if canImport(Glibc)
import Glibc
#endif

/// The progress file: round trip, files it cannot read (never overwritten), privacy, the
/// backup, symlinks, the lock and two writers, and what one durable save costs.
@Suite struct ProgressStoreTests {
    let catalog: Catalog
    let folder: TemporaryFolder

    init() throws {
        catalog = try Fixtures.catalog()
        folder = try TemporaryFolder()
    }

    var progressURL: URL { folder.file("progress.json") }

    func store(_ url: URL? = nil, lockTimeout: TimeInterval = 3) -> ProgressStore {
        ProgressStore(url: url ?? progressURL, lockTimeout: lockTimeout)
    }

    func mode(_ url: URL) -> mode_t {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return 0 }
        return info.st_mode & 0o7777
    }

    func bytes(_ url: URL) throws -> Data { try Data(contentsOf: url) }

    // MARK: Round trip

    @Test func aSavedProgressReadsBackTheSame() throws {
        let s = store()
        _ = try s.apply(.addAccount(platform: "instagram", label: "Grand-mère « Josette »"), catalog: catalog, at: Fixtures.t0)
        _ = try s.apply(.tick(account: "instagram", step: "send", note: "réf. 42\nemail kept"), catalog: catalog, at: Fixtures.t1)
        _ = try s.apply(.addAccount(platform: "facebook", label: nil), catalog: catalog, at: Fixtures.t1)
        _ = try s.apply(.setCoveredBy(account: "facebook", coveredBy: "instagram"), catalog: catalog, at: Fixtures.t2)
        let (saved, _) = try s.apply(.markReviewed(account: "instagram"), catalog: catalog, at: Fixtures.t3)
        let loaded = try store().load()
        #expect(loaded == saved)
        #expect(loaded.schemaVersion == UserProgress.currentSchemaVersion)
        #expect(loaded.account(id: "instagram")?.ticks["send"]?.at == Fixtures.t1)
        #expect(loaded.account(id: "instagram")?.reviewed == Fixtures.t3)
        #expect(loaded.history.count == saved.history.count)

        // Times are ISO 8601 UTC; keys are sorted.
        let text = try String(contentsOf: progressURL, encoding: .utf8)
        #expect(text.contains("\"at\" : \"2025-06-01T10:00:00Z\""))
        #expect(text.contains("\"schemaVersion\" : 1"))
        #expect(text.hasSuffix("\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: bytes(progressURL)) as? [String: Any])
        #expect(Set(json.keys) == ["schemaVersion", "accounts", "history"])
    }

    @Test func aMissingOrEmptyFileIsNoProgress() throws {
        #expect(try store().load() == .empty)
        #expect(!FileManager.default.fileExists(atPath: progressURL.path), "reading creates nothing")
        for empty in ["", "\n", "  \n\t\r\n"] {
            try Data(empty.utf8).write(to: progressURL)
            #expect(try store().load() == .empty)
        }
        // And a change to an empty file saves normally.
        _ = try store().apply(.addAccount(platform: "linkedin", label: nil), catalog: catalog, at: Fixtures.t0)
        #expect(try store().load().accounts.map(\.id) == ["linkedin"])
    }

    @Test func aFailedChangeWritesNothing() throws {
        let s = store()
        _ = try s.apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t0)
        let before = try bytes(progressURL)
        #expect(throws: ProgressError.stepHasSubsteps(step: "object")) {
            _ = try s.apply(.tick(account: "instagram", step: "object", note: nil), catalog: catalog, at: Fixtures.t1)
        }
        #expect(try bytes(progressURL) == before)
        #expect(!FileManager.default.fileExists(atPath: s.backupURL.path))
    }

    // MARK: Files that cannot be read

    static let unreadable: [(name: String, bytes: Data)] = [
        ("truncated JSON", Data(#"{"schemaVersion": 1, "accounts": [{"id": "instagram", "platf"#.utf8)),
        ("not JSON", Data("instagram: done\nfacebook: done\n".utf8)),
        ("binary", Data((0..<512).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) })),
        ("a JSON list", Data("[1, 2, 3]".utf8)),
        ("JSON of the wrong shape", Data(#"{"schemaVersion": 1, "accounts": "instagram", "history": []}"#.utf8)),
        ("JSON without accounts", Data(#"{"schemaVersion": 1, "history": []}"#.utf8)),
        ("a bad time", Data(#"{"schemaVersion": 1, "accounts": [{"id": "a", "platform": "instagram", "created": "yesterday", "ticks": {}, "notes": {}}], "history": []}"#.utf8)),
        ("schema 0", Data(#"{"schemaVersion": 0, "accounts": [], "history": []}"#.utf8)),
    ]

    @Test(arguments: 0..<unreadable.count)
    func anUnreadableFileIsNamedAndLeftUntouched(_ index: Int) throws {
        let (name, original) = Self.unreadable[index]
        try original.write(to: progressURL)
        let s = store()
        let loadError = ProgressError.caught { _ = try s.load() }
        guard case .unreadable(let path, let reason, let backup)? = loadError else {
            Issue.record("\(name): expected .unreadable, got \(String(describing: loadError))")
            return
        }
        #expect(path == progressURL.path)
        #expect(!reason.isEmpty)
        #expect(backup == nil)
        let message = try #require(loadError).message(in: .en)
        #expect(message.contains(progressURL.path), "\(name): \(message)")
        #expect(message.contains("left it untouched"))

        // A change is refused, and the file keeps every byte.
        let changeError = ProgressError.caught {
            _ = try s.apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t1)
        }
        #expect(changeError == loadError, "\(name)")
        #expect(try bytes(progressURL) == original, "\(name) was changed")
        #expect(!FileManager.default.fileExists(atPath: s.backupURL.path))
    }

    @Test func aNewerSchemaIsNamedAsSuchAndLeftUntouched() throws {
        let original = Data(#"{"schemaVersion": 7, "accounts": {"new": "shape"}, "futureField": true}"#.utf8)
        try original.write(to: progressURL)
        let error = ProgressError.caught {
            _ = try store().apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t1)
        }
        #expect(error == .newerSchema(path: progressURL.path, found: 7, supported: 1, backup: nil))
        #expect(error?.message(in: .en).contains("newer optout") == true)
        #expect(error?.message(in: .fr).contains("plus récente") == true)
        #expect(try bytes(progressURL) == original)
    }

    @Test func theErrorPointsAtTheBackupWhenThereIsOne() throws {
        let s = store()
        _ = try s.apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t0)
        _ = try s.apply(.tick(account: "instagram", step: "send", note: nil), catalog: catalog, at: Fixtures.t1)
        try Data("{\"schemaVersion\": 1, \"acc".utf8).write(to: progressURL)
        let error = ProgressError.caught { _ = try s.load() }
        guard case .unreadable(_, _, let backup)? = error else {
            Issue.record("expected .unreadable, got \(String(describing: error))")
            return
        }
        #expect(backup == s.backupURL.path)
        #expect(error?.message(in: .en).contains("cp '\(s.backupURL.path)' '\(progressURL.path)'") == true)
        // The backup is good: copying it over recovers the account.
        try FileManager.default.removeItem(at: progressURL)
        try FileManager.default.copyItem(at: s.backupURL, to: progressURL)
        #expect(try s.load().accounts.map(\.id) == ["instagram"])
    }

    @Test func aFolderAtThePathIsRefused() throws {
        try FileManager.default.createDirectory(at: progressURL, withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: progressURL.appendingPathComponent("inside.txt"))
        let error = ProgressError.caught {
            _ = try store().apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t1)
        }
        #expect(error == .isDirectory(path: progressURL.path))
        #expect(error?.message(in: .en).contains(progressURL.path) == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: progressURL.path) == ["inside.txt"])
    }

    @Test func aHugeFileIsRefusedUnread() throws {
        #expect(FileManager.default.createFile(atPath: progressURL.path, contents: nil))
        let handle = try FileHandle(forWritingTo: progressURL)
        try handle.truncate(atOffset: UInt64(ProgressStore.maximumBytes + 1))
        try handle.close()
        #expect(ProgressError.caught { _ = try store().load() } == .tooLarge(path: progressURL.path, limit: ProgressStore.maximumBytes))
    }

    // MARK: Privacy and the backup

    @Test func theFileIs0600AndAFolderItCreatesIs0700() throws {
        let nested = folder.file("data/optout/progress.json")
        let s = store(nested)
        _ = try s.apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t0)
        #expect(mode(nested) == 0o600)
        #expect(mode(nested.deletingLastPathComponent()) == 0o700)
        _ = try s.apply(.tick(account: "instagram", step: "send", note: nil), catalog: catalog, at: Fixtures.t1)
        #expect(mode(nested) == 0o600, "a save keeps 0600")
        #expect(mode(s.backupURL) == 0o600, "so does the backup")
        #expect(mode(URL(fileURLWithPath: s.lockPath)) == 0o600)
    }

    @Test func aSaveMakesAFileThatWasOpenPrivate() throws {
        try Data().write(to: progressURL)
        chmod(progressURL.path, 0o644)
        _ = try store().apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t0)
        #expect(mode(progressURL) == 0o600)
    }

    @Test func anExistingFolderKeepsItsMode() throws {
        let shared = folder.file("shared")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: false)
        chmod(shared.path, 0o755)
        _ = try store(shared.appendingPathComponent("p.json")).apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t0)
        #expect(mode(shared) == 0o755)
    }

    @Test func theBackupHoldsThePreviousGoodVersion() throws {
        let s = store()
        _ = try s.apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t0)
        #expect(!FileManager.default.fileExists(atPath: s.backupURL.path), "no previous version yet")
        let first = try bytes(progressURL)
        _ = try s.apply(.tick(account: "instagram", step: "send", note: nil), catalog: catalog, at: Fixtures.t1)
        #expect(try bytes(s.backupURL) == first)
        let second = try bytes(progressURL)
        _ = try s.apply(.untick(account: "instagram", step: "send"), catalog: catalog, at: Fixtures.t2)
        #expect(try bytes(s.backupURL) == second)
        #expect(s.backupURL.path == progressURL.path + ".bak")
        // No temporary file is left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        #expect(names == ["progress.json", "progress.json.bak", "progress.json.lock"])
    }

    // MARK: Symlinks

    @Test func aSymlinkedProgressFileStaysASymlink() throws {
        let real = folder.file("real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: false)
        let target = real.appendingPathComponent("progress.json")
        try FileManager.default.createSymbolicLink(atPath: progressURL.path, withDestinationPath: "real/progress.json")
        let s = store()
        _ = try s.apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t0)
        _ = try s.apply(.tick(account: "instagram", step: "send", note: nil), catalog: catalog, at: Fixtures.t1)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: progressURL.path) == "real/progress.json")
        #expect(try ProgressStore(url: target).load().account(id: "instagram")?.ticks["send"] != nil)
        #expect(mode(target) == 0o600)
        #expect(FileManager.default.fileExists(atPath: target.path + ".bak"), "the backup is beside the target")
        #expect(s.lockPath == target.path + ".lock")

        // An absolute link too.
        let other = folder.file("absolute.json")
        try FileManager.default.createSymbolicLink(atPath: other.path, withDestinationPath: target.path)
        _ = try store(other).apply(.tick(account: "instagram", step: "open-form", note: nil), catalog: catalog, at: Fixtures.t2)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: other.path) == target.path)
        #expect(try store().load().account(id: "instagram")?.ticks.count == 2)
    }

    // MARK: The lock and two writers

    @Test func twoWritersInThreadsLoseNothing() throws {
        let steps = 40
        let many = try Fixtures.catalog([Fixtures.manyStepsYAML(count: steps)])
        _ = try store().apply(.addAccount(platform: "many", label: nil), catalog: many, at: Fixtures.t0)
        let url = progressURL
        let failures = Failures()
        let group = DispatchGroup()
        for half in 0..<2 {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                // Each thread has its own store, as two processes would.
                let mine = ProgressStore(url: url, lockTimeout: 30)
                for n in stride(from: half + 1, through: steps, by: 2) {
                    do {
                        _ = try mine.apply(.tick(account: "many", step: "s\(n)", note: nil), catalog: many, at: Fixtures.t1)
                    } catch {
                        failures.add("s\(n): \(error)")
                    }
                }
            }
        }
        group.wait()
        #expect(failures.all.isEmpty)
        let final = try store().load()
        #expect(final.account(id: "many")?.ticks.count == steps)
        #expect(final.history.filter { $0.action == .tick }.count == steps)
    }

    @Test func aHeldLockMakesAWriterWaitThenSayWhoHoldsIt() throws {
        let s = store(lockTimeout: 0.4)
        _ = try s.apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t0)
        let before = try bytes(progressURL)
        let holder = try FileLock(path: s.lockPath, timeout: 0, purpose: "the test")
        let started = Date()
        let error = ProgressError.caught {
            _ = try s.apply(.tick(account: "instagram", step: "send", note: nil), catalog: catalog, at: Fixtures.t1)
        }
        let waited = Date().timeIntervalSince(started)
        #expect(error == .locked(path: progressURL.path, holder: "optout (pid \(getpid()), the test)"))
        #expect(waited >= 0.35, "it waited for the lock (\(waited) s)")
        #expect(error?.message(in: .en).contains("in use by optout (pid \(getpid()), the test)") == true)
        #expect(try bytes(progressURL) == before)
        withExtendedLifetime(holder) {}
    }

    @Test func aWriterWaitsForALockThatIsReleased() throws {
        let s = store(lockTimeout: 10)
        let path = s.lockPath
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        let held = Holder(try FileLock(path: path, timeout: 0, purpose: "briefly"))
        let released = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            Thread.sleep(forTimeInterval: 0.3)
            held.release()
            released.signal()
        }
        _ = try s.apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t0)
        released.wait()
        #expect(try s.load().accounts.count == 1)
    }

    @Test func aLockHeldByAKilledProcessDoesNotBlock() throws {
        let s = store(lockTimeout: 0.3)
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        // A child that takes the lock file with flock(1), then becomes `sleep` holding it.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/sh")
        child.arguments = ["-c", "exec 9>>\"$1\" && flock -x 9 && echo locked && exec sleep 60", "sh", s.lockPath]
        let output = Pipe()
        child.standardOutput = output
        try child.run()
        let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        #expect(line.hasPrefix("locked"))

        let whileHeld = ProgressError.caught {
            _ = try s.apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t0)
        }
        guard case .locked? = whileHeld else {
            Issue.record("expected .locked while the child holds the lock, got \(String(describing: whileHeld))")
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
            return
        }
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal)
        _ = try store(lockTimeout: 2).apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t0)
        #expect(try s.load().accounts.map(\.id) == ["instagram"])
    }

    @Test func aReleasedLockNamesNoStaleHolder() throws {
        // optout wrote its name into the lock file while it held it...
        _ = try store().apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t0)
        // ...and another program now holds the lock: the message must not name the old holder.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/sh")
        child.arguments = ["-c", "exec 9>>\"$1\" && flock -x 9 && echo locked && exec sleep 60", "sh", store().lockPath]
        let output = Pipe()
        child.standardOutput = output
        try child.run()
        defer {
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()
        }
        #expect(String(decoding: output.fileHandleForReading.availableData, as: UTF8.self).hasPrefix("locked"))
        let error = ProgressError.caught {
            try store(lockTimeout: 0.2).apply(.tick(account: "instagram", step: "send", note: nil), catalog: catalog, at: Fixtures.t1)
        }
        #expect(error == .locked(path: progressURL.path, holder: nil))
    }

    // MARK: What a save costs

    @Test func measureADurableSave() throws {
        let s = store()
        _ = try s.apply(.addAccount(platform: "instagram", label: nil), catalog: catalog, at: Fixtures.t0)
        for n in 0..<20 { _ = try s.apply(.addAccount(platform: "linkedin", label: "account \(n)"), catalog: catalog, at: Fixtures.t0) }
        var samples: [Duration] = []
        let clock = ContinuousClock()
        for (n, step) in ["open-form", "object-app", "send", "keep-proof", "confirmation"].enumerated() {
            samples.append(try clock.measure {
                _ = try s.apply(.tick(account: "instagram", step: step, note: nil), catalog: catalog, at: Fixtures.t1.addingTimeInterval(Double(n)))
            })
        }
        let data = try Data(contentsOf: progressURL)
        var raw: [Duration] = []
        for _ in 0..<5 {
            raw.append(try clock.measure { try DurableFile.write(data, to: folder.file("raw.json")) })
        }
        func median(_ values: [Duration]) -> Duration { values.sorted()[values.count / 2] }
        print("durable save: one tick (lock, read, apply, backup link, write, fsync, rename, folder fsync) of a \(data.count)-byte file, 21 accounts: median \(median(samples)), all \(samples)")
        print("durable save: DurableFile.write alone of \(data.count) bytes: median \(median(raw))")
    }
}

/// Failures collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}

/// A lock released from another thread.
final class Holder: @unchecked Sendable {
    private let lock = NSLock()
    private var held: FileLock?

    init(_ held: FileLock) { self.held = held }

    func release() { lock.withLock { held = nil } }
}

/// An empty progress file counts as no progress, but must never replace a good backup.
@Suite struct EmptyFileBackupTests {
    @Test func anEmptyFileNeverReplacesAGoodBackup() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("optout-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalog = try #require(CatalogLoader.load(text: """
            id: demo
            name: Demo
            vendor: Demo
            kind: setting
            jurisdictions: [EU]
            effect: unknown
            confidence: verified
            last_verified: 2026-01-01
            sources: [{label: Demo, url: "https://example.org"}]
            summary: {en: Demo, fr: Démo}
            steps:
              - {id: off, title: {en: Switch it off, fr: Désactivez-le}}
            """, file: "demo.yaml").platform)
        let store = ProgressStore(url: folder.appendingPathComponent("progress.json"))
        let now = Date(timeIntervalSince1970: 1_750_000_000)
        _ = try store.apply(.addAccount(platform: "demo", label: "first"), catalog: Catalog(platforms: [catalog]), at: now)
        _ = try store.apply(.addAccount(platform: "demo", label: "second"), catalog: Catalog(platforms: [catalog]), at: now)
        let goodBackup = try Data(contentsOf: store.backupURL)
        // Something outside optout empties the file.
        try Data().write(to: store.fileURL)
        _ = try store.apply(.addAccount(platform: "demo", label: "third"), catalog: Catalog(platforms: [catalog]), at: now)
        #expect(try Data(contentsOf: store.backupURL) == goodBackup)
    }
}
