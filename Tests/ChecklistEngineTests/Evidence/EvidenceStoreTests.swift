import Foundation
import Testing
@testable import ChecklistEngine
#if canImport(Glibc)
import Glibc
#endif

/// The evidence folder: copies named by their SHA-256, private modes, the same file kept
/// once, a changed copy found, and every file it must refuse refused with nothing written.
@Suite struct EvidenceStoreTests {
    let folder: TemporaryFolder
    let store: EvidenceStore
    static let now = Date(timeIntervalSince1970: 1_748_941_964)  // 2025-06-03T09:12:44Z
    /// SHA-256 of "abc" (FIPS 180-2, appendix B.1).
    static let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"

    init() throws {
        folder = try TemporaryFolder()
        store = EvidenceStore(folder: folder.file("evidence"))
    }

    func write(_ text: String, _ name: String = "file.txt") throws -> URL {
        let url = folder.file(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    /// The names in the evidence folder; none when it was never made.
    var stored: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: store.folder.path)) ?? []).sorted() }

    func mode(_ path: String) -> mode_t {
        var info = stat()
        guard lstat(path, &info) == 0 else { return 0 }
        return info.st_mode & 0o7777
    }

    func refusal(_ path: String) -> EvidenceError? {
        do {
            let evidence = try store.store(path, at: Self.now)
            Issue.record("stored \(evidence.sha256), expected a refusal")
            return nil
        } catch {
            return error
        }
    }

    // MARK: Storing

    @Test func aFileIsCopiedUnderItsHashPrivately() throws {
        let source = try write("abc", "réponse de Meta.txt")
        let evidence = try store.store(source.path, at: Self.now)
        #expect(evidence == Evidence(sha256: Self.abc, name: "réponse de Meta.txt", size: 3, mediaType: .text, added: Self.now))
        #expect(stored == [Self.abc])
        #expect(try Data(contentsOf: store.folder.appendingPathComponent(Self.abc)) == Data("abc".utf8))
        #expect(try Data(contentsOf: source) == Data("abc".utf8), "copied, never moved")
        #expect(mode(store.folder.appendingPathComponent(Self.abc).path) == 0o600)
        #expect(mode(store.folder.path) == 0o700)
        #expect(try store.fileURL(for: Self.abc) == store.folder.appendingPathComponent(Self.abc))
    }

    @Test func anExistingFolderIsMadePrivate() throws {
        try FileManager.default.createDirectory(at: store.folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        _ = try store.store(try write("abc").path, at: Self.now)
        #expect(mode(store.folder.path) == 0o700)
    }

    @Test func theSameFileTwiceIsStoredOnce() throws {
        let first = try store.store(try write("abc").path, at: Self.now)
        let again = try store.store(try write("abc").path, at: Self.now)
        #expect(again == first)
        let renamed = try store.store(try write("abc", "copy.txt").path, at: Self.now.addingTimeInterval(60))
        #expect(renamed.sha256 == first.sha256)
        #expect(renamed.name == "copy.txt")
        #expect(stored == [Self.abc], "one file, no temporary left")
    }

    @Test func aDamagedCopyIsReplacedWhenTheFileIsStoredAgain() throws {
        let source = try write("abc")
        let evidence = try store.store(source.path, at: Self.now)
        let copy = try store.fileURL(for: evidence.sha256)
        try Data("abd".utf8).write(to: copy)
        #expect(store.verify(evidence.sha256) == .changed)
        _ = try store.store(source.path, at: Self.now)
        #expect(store.verify(evidence.sha256) == .intact)
        #expect(mode(copy.path) == 0o600)
    }

    @Test func anEmailIsStoredWithItsHeaders() throws {
        let email = try write("From: =?UTF-8?Q?M=C3=A9ta?= <noreply@meta.example>\r\nTo: ana@example.net\r\nSubject: Your objection request\r\nDate: Tue, 3 Jun 2025 09:12:44 +0200\r\n\r\nReceived.\r\n", "confirmation")
        let evidence = try store.store(email.path, at: Self.now)
        #expect(evidence.mediaType == .email)
        #expect(evidence.email == EmailSummary(
            from: "Méta <noreply@meta.example>", to: "ana@example.net", subject: "Your objection request", date: Timestamp.date("2025-06-03T07:12:44Z")))
        #expect(stored == [evidence.sha256])
    }

    @Test func aMailboxIsRefused() throws {
        let mbox = folder.file("Inbox.eml")
        try Data(EmailHeadersTests.mbox).write(to: mbox)
        #expect(refusal(mbox.path) == .mailbox(path: mbox.path, messages: 3))
        #expect(stored.isEmpty)
    }

    @Test func aHostileNameIsOneSafeLine() throws {
        let source = try write("abc", "evil\u{1B}[2J\nname.png")
        let evidence = try store.store(source.path, at: Self.now)
        #expect(evidence.name == "evil\u{FFFD}[2J name.png")
    }

    @Test func aFileOfExactlyTheLimitIsKept() throws {
        let source = folder.file("big.bin")
        #expect(FileManager.default.createFile(atPath: source.path, contents: nil))
        #expect(truncate(source.path, off_t(EvidenceStore.maximumBytes)) == 0)
        let evidence = try store.store(source.path, at: Self.now)
        #expect(evidence.size == 26_214_400)
        #expect(evidence.mediaType == .binary)
        #expect(store.verify(evidence.sha256) == .intact)
    }

    // MARK: Refusals, with nothing written

    @Test func aMissingFileIsRefused() {
        let path = folder.file("nowhere.eml").path
        #expect(refusal(path) == .missing(path: path))
        #expect(refusal(folder.file("nowhere/inside.png").path) == .missing(path: folder.file("nowhere/inside.png").path))
        #expect(stored.isEmpty)
    }

    @Test func aSymlinkIsRefusedEvenToAGoodFile() throws {
        let target = try write("abc")
        let link = folder.file("link.txt")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        #expect(refusal(link.path) == .isSymlink(path: link.path))
        #expect(stored.isEmpty)
    }

    @Test func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
        let fifo = folder.file("pipe")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        #expect(refusal(fifo.path) == .notAFile(path: fifo.path, kind: .pipe))
        #expect(stored.isEmpty)
    }

    @Test func aDirectoryIsRefused() throws {
        let directory = folder.file("screenshots")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        #expect(refusal(directory.path) == .isDirectory(path: directory.path))
        #expect(stored.isEmpty)
    }

    @Test func aDeviceAndASocketAreRefused() throws {
        #expect(refusal("/dev/null") == .notAFile(path: "/dev/null", kind: .device))
        let path = folder.file("sock").path
        let socketDescriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #expect(socketDescriptor >= 0)
        defer { close(socketDescriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in path.utf8.enumerated() where index < raw.count - 1 { raw[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        #expect(refusal(path) == .notAFile(path: path, kind: .socket))
        #expect(stored.isEmpty)
    }

    @Test func aFileOver25MiBIsRefused() throws {
        for size in [EvidenceStore.maximumBytes + 1, 26 * 1024 * 1024] {
            let source = folder.file("big-\(size).pdf")
            #expect(FileManager.default.createFile(atPath: source.path, contents: nil))
            #expect(truncate(source.path, off_t(size)) == 0)  // sparse: no 26 MB written
            #expect(refusal(source.path) == .tooLarge(path: source.path, limit: 26_214_400))
        }
        #expect(stored.isEmpty)
        #expect(EvidenceError.tooLarge(path: "/tmp/big.pdf", limit: EvidenceStore.maximumBytes).message(in: .en)
            == "/tmp/big.pdf is larger than 25 MiB (26214400 bytes), the most optout keeps as evidence: attach a smaller copy (the pages that matter as a PDF, or a cropped screenshot).")
    }

    @Test func anEmptyFileIsRefused() throws {
        let source = try write("")
        #expect(refusal(source.path) == .empty(path: source.path))
        #expect(stored.isEmpty)
    }

    /// chmod 000 stops anyone but root; root (as on CI) reads anything, so there this thread
    /// takes the file-system identity of `nobody` (setfsuid is per thread on Linux, and
    /// dropping fsuid 0 drops the capabilities that bypass permissions), then takes back its own.
    @Test func anUnreadableFileIsRefused() throws {
        let source = try write("abc", "secret.eml")
        #expect(chmod(source.path, 0o000) == 0)
        defer { chmod(source.path, 0o600) }
        let error: EvidenceError?
        if geteuid() == 0 {
            let setfsuid = try #require(Self.setfsuid, "setfsuid is not in the C library")
            #expect(setfsuid(65534) == 0, "the file-system identity was root")
            error = refusal(source.path)
            _ = setfsuid(0)
            #expect(setfsuid(0) == 0, "the thread is root again")
        } else {
            error = refusal(source.path)
        }
        #expect(error == .noPermission(path: source.path))
        #expect(stored.isEmpty)
    }

    /// glibc's `setfsuid(uid)` (not in Swift's Glibc module): returns the previous fsuid.
    static let setfsuid: (@convention(c) (UInt32) -> Int32)? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "setfsuid") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UInt32) -> Int32).self)
    }()

    @Test(arguments: [ENOSPC, EDQUOT])
    func aFullDiskStoresNothing(code: Int32) throws {
        let source = try write(String(repeating: "x", count: 200_000))
        // The disk fills after the first 100,000 bytes.
        let full = EvidenceStore(folder: store.folder) { descriptor, bytes in
            var info = stat()
            fstat(descriptor, &info)
            guard info.st_size < 100_000 else {
                errno = code
                return -1
            }
            return Glibc.write(descriptor, bytes.baseAddress, min(bytes.count, 100_000 - Int(info.st_size)))
        }
        #expect(throws: EvidenceError.diskFull(folder: store.folder.path)) { try full.store(source.path, at: Self.now) }
        #expect(stored.isEmpty, "the temporary file is removed")
        let broken = EvidenceStore(folder: store.folder) { _, _ in
            errno = EIO
            return -1
        }
        #expect(throws: EvidenceError.cannotWrite(folder: store.folder.path, reason: String(cString: strerror(EIO)))) {
            try broken.store(source.path, at: Self.now)
        }
        #expect(stored.isEmpty)
    }

    /// The writer runs after each chunk is read: it changes the source between two reads.
    @Test func aFileThatChangesWhileCopiedIsRefused() throws {
        let source = try write(String(repeating: "x", count: 200_000))
        let shrinking = EvidenceStore(folder: store.folder) { descriptor, bytes in
            truncate(source.path, 100_000)
            return Glibc.write(descriptor, bytes.baseAddress, bytes.count)
        }
        #expect(throws: EvidenceError.changedWhileCopying(path: source.path)) { try shrinking.store(source.path, at: Self.now) }
        #expect(stored.isEmpty)
        try Data(String(repeating: "x", count: 200_000).utf8).write(to: source)
        let growing = EvidenceStore(folder: store.folder) { descriptor, bytes in
            truncate(source.path, off_t(EvidenceStore.maximumBytes + 1))
            return Glibc.write(descriptor, bytes.baseAddress, bytes.count)
        }
        #expect(throws: EvidenceError.tooLarge(path: source.path, limit: EvidenceStore.maximumBytes)) { try growing.store(source.path, at: Self.now) }
        #expect(stored.isEmpty)
    }

    @Test func aFolderThatIsAFileIsSaid() throws {
        try Data("x".utf8).write(to: store.folder)
        #expect(refusal(try write("abc").path) == .cannotWrite(folder: store.folder.path, reason: String(cString: strerror(ENOTDIR))))
        #expect(try Data(contentsOf: store.folder) == Data("x".utf8))
    }
}
