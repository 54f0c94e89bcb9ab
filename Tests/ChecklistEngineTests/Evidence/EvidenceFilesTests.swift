import Foundation
import Testing
@testable import ChecklistEngine
#if canImport(Glibc)
import Glibc
#endif

/// A stored file checked again, removed, and the leftovers `optout doctor` will report;
/// where the folder is, and what the refusals say.
@Suite struct EvidenceFilesTests {
    let folder: TemporaryFolder
    let store: EvidenceStore

    init() throws {
        folder = try TemporaryFolder()
        store = EvidenceStore(folder: folder.file("evidence"))
    }

    func keep(_ text: String) throws -> Evidence {
        let url = folder.file("source-\(UUID().uuidString)")
        try Data(text.utf8).write(to: url)
        return try store.store(url.path, at: EvidenceStoreTests.now)
    }

    @Test func aCopyChangedByOneByteIsFound() throws {
        let evidence = try keep("Your objection request was received on 3 June 2025.")
        #expect(store.verify(evidence.sha256) == .intact)
        let url = try store.fileURL(for: evidence.sha256)
        var bytes = try Data(contentsOf: url)
        bytes[10] ^= 0x01
        try bytes.write(to: url)
        #expect(store.verify(evidence.sha256) == .changed)
        bytes[10] ^= 0x01
        try bytes.write(to: url)
        #expect(store.verify(evidence.sha256) == .intact)
    }

    @Test func aMissingOrReplacedCopyIsFound() throws {
        let evidence = try keep("abc")
        let url = try store.fileURL(for: evidence.sha256)
        let elsewhere = folder.file("elsewhere")
        try FileManager.default.moveItem(at: url, to: elsewhere)
        #expect(store.verify(evidence.sha256) == .missing)
        try FileManager.default.createSymbolicLink(at: url, withDestinationURL: elsewhere)
        #expect(store.verify(evidence.sha256) == .changed, "a link in its place is not the file")
        try FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        #expect(store.verify(evidence.sha256) == .changed)
        #expect(store.verify("../progress.json") == .missing, "never a path")
    }

    @Test func removingDeletesTheCopyOnly() throws {
        let evidence = try keep("abc")
        try store.remove(evidence.sha256)
        #expect(store.verify(evidence.sha256) == .missing)
        try store.remove(evidence.sha256)  // already gone: fine
        #expect(throws: EvidenceError.invalidHash("../progress.json")) { try store.remove("../progress.json") }
        #expect(throws: EvidenceError.invalidHash(evidence.sha256.uppercased())) { try store.fileURL(for: evidence.sha256.uppercased()) }
    }

    @Test func leftoversAreFoundAndOnlyOptoutsAreDiscarded() throws {
        let kept = try keep("kept")
        let orphan = try keep("orphan")
        let dead = try deadProcess()
        let stale = EvidenceStore.temporaryPrefix + "\(dead)-12345"
        let live = EvidenceStore.temporaryPrefix + "\(getpid())-777"
        for name in [stale, live, "notes.txt"] {
            try Data("x".utf8).write(to: store.folder.appendingPathComponent(name))
        }
        let leftovers = store.unreferenced(referenced: [kept.sha256])
        #expect(leftovers == [
            EvidenceLeftover(name: stale, kind: .temporary),
            EvidenceLeftover(name: "notes.txt", kind: .foreign),
            EvidenceLeftover(name: orphan.sha256, kind: .unreferenced),
        ].sorted { $0.name < $1.name })
        let discarded = try leftovers.map { try store.discard($0) }
        #expect(discarded == leftovers.map { $0.kind != .foreign })
        let left = try FileManager.default.contentsOfDirectory(atPath: store.folder.path).sorted()
        #expect(left == [live, kept.sha256, "notes.txt"].sorted())
        #expect(EvidenceStore(folder: folder.file("never-made")).unreferenced(referenced: []) == [])
    }

    /// The id of a process that has ended.
    func deadProcess() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func theFolderIsBesideTheProgressFile() throws {
        let data = DataLocation(environment: ["HOME": "/home/ana", "XDG_DATA_HOME": "/data", "OPTOUT_DATA": folder.file("p/progress.json").path])
        #expect(try data.evidenceFolder(option: nil) == folder.file("p/evidence"))
        #expect(try data.evidenceFolder(option: "/elsewhere/mine.json").path == "/elsewhere/evidence")
        #expect(try DataLocation(environment: ["HOME": "/home/ana", "XDG_DATA_HOME": "/data"]).evidenceFolder(option: nil).path == "/data/optout/evidence")
        #expect(try DataLocation(environment: ["HOME": "/home/ana"]).evidenceFolder(option: nil).path == "/home/ana/.local/share/optout/evidence")
        // A progress file that is a link keeps its evidence beside the file it points to.
        let real = folder.file("synced/progress.json")
        try FileManager.default.createDirectory(at: real.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: folder.file("progress.json"), withDestinationURL: real)
        #expect(EvidenceStore(beside: ProgressStore(url: folder.file("progress.json"))).folder == folder.file("synced/evidence"))
    }

    static let everyError: [EvidenceError] = [
        .missing(path: "/p"), .noPermission(path: "/p"), .unreadable(path: "/p", reason: "Input/output error"),
        .isDirectory(path: "/p"), .isSymlink(path: "/p"), .notAFile(path: "/p", kind: .pipe),
        .notAFile(path: "/p", kind: .device), .notAFile(path: "/p", kind: .socket), .empty(path: "/p"),
        .tooLarge(path: "/p", limit: EvidenceStore.maximumBytes), .changedWhileCopying(path: "/p"),
        .mailbox(path: "/p", messages: 2), .diskFull(folder: "/p"), .cannotWrite(folder: "/p", reason: "Read-only file system"),
        .invalidHash("/p"),
    ]

    @Test func everyRefusalIsOneSafeSentenceInEveryLanguage() {
        for language in Language.allCases {
            var seen: Set<String> = []
            for error in Self.everyError {
                let message = error.message(in: language)
                #expect(message.contains("/p"), "\(language): \(error)")
                #expect(message.hasSuffix("."), "\(language): \(message)")
                #expect(!message.contains("{"), "\(language): a placeholder left in \(message)")
                seen.insert(message)
                let hostile = EvidenceError.missing(path: "/tmp/\u{1B}]0;x\u{07}\n.eml").message(in: language)
                #expect(!SafeText.containsUnsafe(hostile) && !hostile.contains("\n"))
            }
            #expect(seen.count == Self.everyError.count, "\(language): two refusals say the same")
        }
        #expect(EvidenceError.invalidHash(String(repeating: "z", count: 500)).message(in: .en).count < 250)
    }

    @Test func aRecordCodesAndDecodes() throws {
        let record = Evidence(sha256: EvidenceStoreTests.abc, name: "a.eml", size: 3, mediaType: .email, added: EvidenceStoreTests.now,
                              email: EmailSummary(from: "Meta <a@b.example>", to: nil, subject: "Hi", date: EvidenceStoreTests.now))
        let data = try JSONEncoder().encode([record, Evidence(sha256: EvidenceStoreTests.abc, name: "b", size: 1, mediaType: .png, added: .distantPast)])
        #expect(try JSONDecoder().decode([Evidence].self, from: data)[0] == record)
    }
}
