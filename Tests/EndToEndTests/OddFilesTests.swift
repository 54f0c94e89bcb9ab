import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Progress files optout cannot use as they are: each gets one clear sentence, and nothing
/// is overwritten. (Truncated, binary, wrong-shape and newer files are also covered by
/// ProgressStoreTests and CLITests; these add what a person meets through the command line.)
@Suite(.serialized)
struct OddFilesTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        try sandbox.addPlatform("testgram.yaml", CLITests.testgramYAML)
        try sandbox.addPlatform("testbook.yml", CLITests.testbookYAML)
    }

    /// A failure in one line on stderr, status 1, no trace; returns the line.
    func oneSentence(_ arguments: [String], environment: [String: String?] = [:], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try sandbox.run(arguments, environment: environment)
        #expect(result.status == 1, "\(arguments): \(result)", sourceLocation: sourceLocation)
        #expect(!result.signalled, sourceLocation: sourceLocation)
        #expect(result.stderrLines.count == 1, "one line: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"), sourceLocation: sourceLocation)
        return result.stderrLines.first ?? ""
    }

    func addAccounts(_ count: Int = 3) throws {
        for n in 1...count {
            let result = try sandbox.run(["accounts", "add", "testgram", "--label", "account number \(n) with a longer label"])
            #expect(result.status == 0, "\(result)")
        }
    }

    func bytes() throws -> Data { try Data(contentsOf: sandbox.progress) }

    // MARK: Empty, truncated, binary, wrong shape, newer

    @Test func anEmptyFileIsNoProgressYetAndTheFirstChangeFillsIt() throws {
        try Data().write(to: sandbox.progress)
        let status = try sandbox.run(["status"])
        #expect(status.status == 0 && status.stdout.contains("No accounts tracked yet"), "\(status)")
        #expect(try sandbox.run(["accounts", "add", "testgram"]).status == 0)
        #expect(try bytes().count > 0)
    }

    @Test(arguments: [
        ("truncated", Data(#"{"schemaVersion": 1, "accounts": [{"id": "testgram", "platf"#.utf8), "not valid JSON"),
        ("binary", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }), "not valid JSON"),
        ("wrong shape", Data(#"{"schemaVersion": 1, "accounts": {"testgram": true}, "history": []}"#.utf8), "unexpected kind of value at accounts"),
        ("newer", Data(#"{"schemaVersion": 3, "accounts": [], "history": [], "vaults": {}}"#.utf8), "newer optout"),
    ])
    func aFileItCannotReadIsNamedInOneSentenceAndKept(_ name: String, _ content: Data, _ words: String) throws {
        try content.write(to: sandbox.progress)
        for command in [["tick", "testgram", "send"], ["accounts", "add", "testgram"], ["status", "--json"], ["export", "--output", "-"]] {
            let line = try oneSentence(command)
            #expect(line.contains(sandbox.progress.path) && line.contains(words), "\(name): \(line)")
            #expect(try bytes() == content, "\(name) was changed by \(command)")
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.progress.path + ".bak"))
    }

    // MARK: A folder, a symlink

    @Test func aFolderWhereTheFileShouldBe() throws {
        try FileManager.default.createDirectory(at: sandbox.progress, withIntermediateDirectories: false)
        for command in [["status"], ["accounts", "add", "testgram"]] {
            let line = try oneSentence(command)
            #expect(line == "optout: \(sandbox.progress.path) is a folder, not a progress file: give a file path with --data.")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.progress.path).isEmpty)
        let french = try oneSentence(["status", "--lang", "fr"])
        #expect(french.contains("est un dossier"))
    }

    @Test func aSymlinkIsFollowedAndStaysASymlinkEvenToAFileNotYetThere() throws {
        let real = sandbox.root.appendingPathComponent("synced/optout/progress.json")
        try FileManager.default.createSymbolicLink(atPath: sandbox.progress.path, withDestinationPath: "synced/optout/progress.json")
        #expect(try sandbox.run(["accounts", "add", "testgram"]).status == 0)
        #expect(try sandbox.run(["tick", "testgram", "send"]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: sandbox.progress.path) == "synced/optout/progress.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: real)) as? [String: Any])
        #expect((json["accounts"] as? [[String: Any]])?.count == 1)
        #expect(FileManager.default.fileExists(atPath: real.path + ".bak"))
    }

    // MARK: Permissions (root reads and writes anything: its cases need another user, or an immutable file)

    /// Runs optout as `nobody` (the tests run as root; `HostAbilities` says whether it can).
    func runAsNobody(_ arguments: [String]) throws -> CommandResult {
        let binary = try #require(OptOutBinary.url)
        return try sandbox.runProgram("/usr/bin/setpriv", HostAbilities.nobody + [binary.path] + arguments)
    }

    // Root reads anything, so as root the case needs another user; an ordinary user takes
    // the read permission away from themself.
    @Test(.enabled(if: !HostAbilities.isRoot || HostAbilities.canRunOptoutAsNobody,
                   "as root, setpriv must be able to run optout as nobody"))
    func noPermissionToRead() throws {
        try addAccounts(1)
        let before = try bytes()
        chmod(sandbox.progress.path, 0o600)
        if HostAbilities.isRoot {
            let result = try runAsNobody(["status"])
            #expect(result.status == 1, "\(result)")
            #expect(result.stderrLines == ["optout: optout may not read the progress file \(sandbox.progress.path) (permission denied); optout left it untouched: give yourself read access (chmod u+rw '\(sandbox.progress.path)') or run optout as the user who owns it."], "\(result)")
            #expect(try bytes() == before)
            let change = try runAsNobody(["tick", "testgram", "send"])
            #expect(change.status == 1 && change.stderrLines.count == 1, "\(change)")
        } else {
            chmod(sandbox.progress.path, 0o200)
            defer { chmod(sandbox.progress.path, 0o600) }
            let line = try oneSentence(["status"])
            #expect(line.contains("may not read the progress file \(sandbox.progress.path)"), "\(line)")
        }
        #expect(try bytes() == before)
    }

    // Only root can become another user.
    @Test(.enabled(if: HostAbilities.canRunOptoutAsNobody, "needs root and a setpriv that can run optout as nobody"))
    func noPermissionToWriteAsAnotherUser() throws {
        try addAccounts(1)
        chmod(sandbox.progress.path, 0o644)  // nobody may read it, not write it or its folder
        let before = try bytes()
        let result = try runAsNobody(["tick", "testgram", "send"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines == ["optout: optout may not change the progress file \(sandbox.progress.path) or write in its folder (permission denied): nothing was changed; give yourself write access (ls -l shows who owns them) or run optout as their owner."], "\(result)")
        #expect(try bytes() == before)
        // Reading still works.
        let status = try runAsNobody(["status"])
        #expect(status.status == 0, "\(status)")
    }

    @Test(.enabled(if: HostAbilities.canMakeFilesImmutable, "needs chattr +i: root and a file system with the immutable flag"))
    func anImmutableFileCannotBeWrittenEvenByRoot() throws {
        try addAccounts(1)
        let before = try bytes()
        let set = try sandbox.runProgram("/usr/bin/chattr", ["+i", sandbox.progress.path])
        try #require(set.status == 0, "chattr +i worked on the probe, not here: \(set)")
        defer { _ = try? sandbox.runProgram("/usr/bin/chattr", ["-i", sandbox.progress.path]) }
        let line = try oneSentence(["tick", "testgram", "send"])
        #expect(line.contains("may not change the progress file \(sandbox.progress.path)"), "\(line)")
        #expect(try bytes() == before)
        #expect(try sandbox.run(["status"]).status == 0)
    }

    // MARK: A full disk

    @Test func aFileSizeLimitMakesTheSaveFailAndTheOldFileSurvives() throws {
        try addAccounts(3)
        let before = try bytes()
        #expect(before.count > 1024)
        // `ulimit -f 2`: writes past 1 KiB fail with EFBIG, as on a full disk. optout ignores
        // SIGXFSZ itself, so it is not killed by it.
        let result = try sandbox.runProgram("/bin/sh", ["-c", "ulimit -f 2 && exec \"$0\" \"$@\"", try #require(OptOutBinary.url).path, "tick", "testgram", "send"])
        #expect(!result.signalled, "\(result)")
        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines == ["optout: Could not save \(sandbox.progress.path) (File too large): nothing was changed; free some space or fix its permissions, then try again."], "\(result)")
        #expect(try bytes() == before)
        let litter = try FileManager.default.contentsOfDirectory(atPath: sandbox.root.path).filter { $0.contains(".tmp-") }
        #expect(litter.isEmpty, "\(litter)")
        #expect(try sandbox.run(["tick", "testgram", "send"]).status == 0, "with room again, the same change saves")
    }

    // The ulimit test above covers the same error path where mounting is not allowed.
    @Test(.enabled(if: HostAbilities.canMountTmpfs, "needs to mount a tiny tmpfs: root, in a container that allows it"))
    func aFullFileSystemMakesTheSaveFailAndTheOldFileSurvives() throws {
        let mountPoint = sandbox.root.appendingPathComponent("tiny")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: false)
        let mount = try sandbox.runProgram("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint.path])
        try #require(mount.status == 0, "mount worked on the probe, not here: \(mount)")
        defer { _ = try? sandbox.runProgram("/usr/bin/umount", ["-l", mountPoint.path]) }
        let file = mountPoint.appendingPathComponent("progress.json")
        let data = ["--data", file.path]
        for n in 1...3 { #expect(try sandbox.run(["accounts", "add", "testgram", "--label", "label \(n)"] + data).status == 0) }
        let before = try Data(contentsOf: file)
        // Fill what is left.
        let filler = mountPoint.appendingPathComponent("filler")
        let fd = open(filler.path, O_WRONLY | O_CREAT, 0o600)
        let chunk = [UInt8](repeating: 0x41, count: 4096)
        while write(fd, chunk, chunk.count) > 0 {}
        var byte: UInt8 = 0x41
        while write(fd, &byte, 1) > 0 {}
        close(fd)
        // The save frees the page of the old backup; a long note needs more than that.
        let note = ["--note", String(repeating: "n", count: 1_999)]
        let result = try sandbox.run(["tick", "testgram", "send"] + note + data)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.count == 1 && result.stderr.contains("No space left on device") && result.stderr.contains("nothing was changed"), "\(result)")
        #expect(try Data(contentsOf: file) == before)
        unlink(filler.path)
        #expect(try sandbox.run(["tick", "testgram", "send"] + note + data).status == 0)
    }

    @Test func outputThatCannotBeWrittenIsOneSentenceNotACrash() throws {
        try addAccounts(1)
        let binary = try #require(OptOutBinary.url).path
        for (command, expected) in [("status > /dev/full", "optout: could not write the output (No space left on device).\n"),
                                    ("status --json > /dev/full", "optout: could not write the output (No space left on device).\n"),
                                    ("export --output - > /dev/full", "optout: could not write the output (No space left on device).\n"),
                                    ("accounts list >&-", "optout: could not write the output (Bad file descriptor).\n"),
                                    ("tick nobody send 2>&-", "")] {
            let result = try sandbox.runProgram("/bin/sh", ["-c", "\"$0\" " + command, binary])
            #expect(result.status == 1 && !result.signalled, "\(command): \(result)")
            #expect(result.stderr == expected, "\(command): \(result)")
        }
    }

    // MARK: Huge files

    @Test func aFiftyMegabyteProgressFileWorksAndFiftyMegabytesOfBinaryAreRefused() throws {
        // Valid: a long history (about 50 MB). It loads, and a tick saves it.
        var text = #"{"schemaVersion": 1, "accounts": [{"id": "testgram", "platform": "testgram", "created": "2025-06-01T10:00:00Z", "ticks": {}, "notes": {}}], "history": ["#
        let entry = #"{"at": "2025-06-01T10:00:00Z", "action": "note", "account": "testgram", "platform": "testgram", "step": "send", "detail": "a note long enough to fill the file with a realistic history entry, \#(String(repeating: "x", count: 60))"}"#
        let count = 50_000_000 / (entry.utf8.count + 2)
        text.reserveCapacity(50_100_000)
        for n in 0..<count { text += (n == 0 ? "" : ",\n") + entry }
        text += "]}\n"
        try Data(text.utf8).write(to: sandbox.progress)
        let status = try sandbox.run(["status"], timeout: 120)
        #expect(status.status == 0, "\(status.stderr)")
        let tick = try sandbox.run(["tick", "testgram", "send"], timeout: 120)
        #expect(tick.status == 0, "\(tick.stderr)")

        // Garbage of the same size: one sentence, untouched.
        var garbage = Data(count: 50_000_000)
        garbage.withUnsafeMutableBytes { raw in
            var random = SeededGenerator(seed: 50)
            let words = raw.bindMemory(to: UInt64.self)
            for i in 0..<words.count { words[i] = random.next() }
        }
        try garbage.write(to: sandbox.progress)
        let line = try oneSentence(["tick", "testgram", "send"])
        #expect(line.contains("cannot be read"), "\(line)")
        #expect(try bytes() == garbage)
    }
}

extension Sandbox {
    /// Runs any program (not optout) with the sandbox's environment.
    func runProgram(_ path: String, _ arguments: [String], timeout: TimeInterval = 60) throws -> CommandResult {
        try launch(URL(fileURLWithPath: path), arguments, environment: environment, in: root, timeout: timeout)
    }
}
