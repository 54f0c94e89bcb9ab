import Foundation
import Testing
@testable import ChecklistEngine
#if canImport(Glibc)
import Glibc
#endif

/// The progress file's lock with two writers, and what one durable save costs (the suite's
/// set-up is in ProgressStoreTests.swift).
extension ProgressStoreTests {
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
