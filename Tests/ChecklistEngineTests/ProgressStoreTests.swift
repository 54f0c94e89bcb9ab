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
        #expect(text.contains("\"schemaVersion\" : 2"))
        #expect(text.hasSuffix("\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: bytes(progressURL)) as? [String: Any])
        #expect(Set(json.keys) == ["schemaVersion", "accounts", "chain", "history"])
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
        #expect(error == .newerSchema(path: progressURL.path, found: 7, supported: 2, backup: nil))
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

}
