import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Terminals that cannot: no TERM, an unknown or dumb one, input or output that is not a
/// terminal, input that goes away, sizes down to 1x1, a storm of resizes, a locale without
/// UTF-8. Each gives a clear message or a working screen, never a crash, a hang or a broken
/// terminal afterwards.
@Suite(.serialized)
struct TerminalEdgeTests {
    func binary() throws -> String { try #require(OptOutBinary.url).path }

    @Test(arguments: [("no-such-terminal", "The terminal type 'no-such-terminal' (TERM) is unknown to this system"),
                      ("dumb", "The terminal 'dumb' cannot move the cursor")])
    func anUnknownOrDumbTerminalIsSaidInOneSentence(_ term: String, _ sentence: String) throws {
        let sandbox = try TerminalSandbox()
        let session = try TmuxSession(arguments: [], environment: sandbox.environment(["TERM": term]), folder: sandbox.folder)
        try session.waitForExit()
        let screen = try session.screen(history: true)
        #expect(Self.unwrapped(screen).contains(sentence), "\(screen)")
        #expect(!screen.contains("Fatal error"))
    }

    @Test func inputThatIsNotATerminalIsSaidInOneSentence() throws {
        let sandbox = try TerminalSandbox()
        let session = try TmuxSession(command: ["/bin/sh", "-c", "exec \"$0\" < /dev/null", try binary()],
                                      environment: sandbox.environment(), folder: sandbox.folder)
        try session.waitForExit()
        let screen = try session.screen(history: true)
        #expect(Self.unwrapped(screen).contains("optout needs a terminal, but its input or output is not one; for plain text, use 'optout status'."), "\(screen)")
    }

    @Test func outputThatIsNotATerminalGetsThePlainStatus() throws {
        let sandbox = try Sandbox()
        sandbox.environment["TERM"] = "xterm-256color"
        let result = try sandbox.run([])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("No accounts tracked yet"), "\(result)")
        #expect(!result.stdout.contains("\u{1B}"))
    }

    /// The screen's lines put back together (tmux wraps a long line at the pane's width).
    static func unwrapped(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).joined()
    }

    /// Reads the CPU time (user + system, in seconds) of a process from /proc.
    static func cpuSeconds(_ pid: Int32) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    static func isAlive(_ pid: Int32) -> Bool {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        return !text.contains(") Z ") && !text.contains(") X ")
    }

    @Test func inputClosedWhileRunningEndsWithoutABusyLoop() throws {
        // A pseudo-terminal that is not optout's controlling terminal: closing its master side
        // ends the input without the SIGHUP a real hang-up also sends.
        let master = openPseudoTerminal(O_RDWR | O_NOCTTY)
        try #require(master >= 0 && grantPseudoTerminal(master) == 0 && unlockPseudoTerminal(master) == 0, "a pseudo-terminal opens")
        let name = try #require(pseudoTerminalName(master))
        let slave = open(String(cString: name), O_RDWR | O_NOCTTY)
        #expect(slave >= 0)
        let sandbox = try TerminalSandbox()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try binary())
        var environment = sandbox.environment(["LINES": "24", "COLUMNS": "80"])
        environment["PATH"] = "/usr/bin:/bin"
        process.environment = environment
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        close(slave)
        defer {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        // Read what it draws until the first frame is there.
        var seen = Data()
        let deadline = Date().addingTimeInterval(15)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline, !String(decoding: seen, as: UTF8.self).contains("Press a") {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, 100) > 0 {
                let count = read(master, &buffer, buffer.count)
                if count > 0 { seen.append(contentsOf: buffer[0..<count]) }
            }
        }
        #expect(String(decoding: seen, as: UTF8.self).contains("Press a"), "the first frame was drawn")
        let pid = process.processIdentifier
        let before = Self.cpuSeconds(pid) ?? 0
        close(master)
        // It ends by itself soon; until then it must not spin.
        let end = Date().addingTimeInterval(5)
        while process.isRunning, Date() < end { usleep(20_000) }
        let after = Self.cpuSeconds(pid) ?? before
        #expect(!process.isRunning, "optout still runs 5 s after its input closed")
        #expect(after - before < 1.0, "it used \(after - before) s of CPU after its input closed")
        process.waitUntilExit()
        #expect(process.terminationReason == .exit, "no crash: \(process.terminationReason)")
    }

    @Test func aHangUpEndsItWithoutABusyLoop() throws {
        let sandbox = try TerminalSandbox()
        let session = try TmuxSession(arguments: [], environment: sandbox.environment(), folder: sandbox.folder)
        try session.waitFor("Press a")
        let pid = try #require(session.pid)
        session.killServer()
        let end = Date().addingTimeInterval(5)
        while Self.isAlive(pid), Date() < end { usleep(20_000) }
        #expect(!Self.isAlive(pid), "optout still runs 5 s after its terminal hung up")
    }

    @Test func everySizeFromOneByOneUp() throws {
        let sandbox = try TerminalSandbox()
        let session = try TmuxSession(arguments: [], environment: sandbox.environment(), folder: sandbox.folder)
        try session.waitFor("Press a")
        var sizes: [(Int, Int)] = []
        for width in [1, 2, 3, 5, 8, 13, 21, 34, 55] { for height in [1, 2, 3, 5, 8] { sizes.append((width, height)) } }
        for (width, height) in sizes {
            try session.resize(width: width, height: height)
            usleep(15_000)
            #expect(!session.hasExited, "optout ended at \(width)x\(height): \((try? session.screen()) ?? "")")
        }
        try session.resize(width: 20, height: 5)
        try session.waitFor("small")
        try session.resize(width: 80, height: 24)
        try session.waitFor("Press a to add your first account")
        try session.send("q")
        try session.waitForExit()
    }

    @Test func aStormOfResizes() throws {
        let sandbox = try TerminalSandbox()
        let session = try TmuxSession(arguments: [], environment: sandbox.environment(), folder: sandbox.folder)
        try session.waitFor("Press a")
        let pid = try #require(session.pid)
        let before = Self.cpuSeconds(pid) ?? 0
        var random = SeededGenerator(seed: 7)
        let storm = 200
        for _ in 0..<storm {
            try session.resize(width: Int.random(in: 1...200, using: &random), height: Int.random(in: 1...60, using: &random))
        }
        try session.resize(width: 100, height: 30)
        let screen = try session.waitFor("Press a to add your first account")
        #expect(!session.hasExited)
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 100 })
        // Idle again afterwards: a second of CPU at most over the next half second.
        let during = (Self.cpuSeconds(pid) ?? before) - before
        usleep(500_000)
        let idle = (Self.cpuSeconds(pid) ?? 0) - before - during
        #expect(idle < 0.3, "still busy after the storm (\(idle) s)")
        print("resize storm: \(storm) resizes, optout used \(String(format: "%.2f", during)) s of CPU, then rested")
        try session.send("q")
        try session.waitForExit()
    }

    @Test func aLocaleWithoutUTF8DrawsASCIITicks() throws {
        let sandbox = try TerminalSandbox()
        let catalog = sandbox.folder.appendingPathComponent("config/optout/catalog")
        try FileManager.default.createDirectory(at: catalog, withIntermediateDirectories: true)
        try CLITests.testgramYAML.write(to: catalog.appendingPathComponent("testgram.yaml"), atomically: true, encoding: .utf8)
        let plain = try Sandbox()
        plain.environment["OPTOUT_DATA"] = sandbox.dataFile.path
        plain.environment["XDG_CONFIG_HOME"] = sandbox.folder.appendingPathComponent("config").path
        #expect(try plain.run(["accounts", "add", "testgram"]).status == 0)
        #expect(try plain.run(["tick", "testgram", "open-form"]).status == 0)
        let session = try TmuxSession(arguments: ["open", "testgram"],
                                      environment: sandbox.environment(["LANG": "C", "OPTOUT_RESOURCES": plain.resources.path]),
                                      folder: sandbox.folder)
        let screen = try session.waitFor("[x] Open the form")
        #expect(!screen.contains("✔"))
        try session.send("q")
        try session.waitForExit()
    }

    @Test func theTerminalIsBackToNormalAfterQuitAndAfterSIGTERM() throws {
        let sandbox = try TerminalSandbox()
        let session = try TmuxSession(command: ["/bin/sh"], environment: sandbox.environment(["PS1": "$ "]), folder: sandbox.folder)
        try session.waitFor("$")
        for ending in ["q", "SIGTERM"] {
            try session.send("clear", "Enter")
            try session.type("'\(try binary())'")
            try session.send("Enter")
            try session.waitFor("Press a")
            #expect(try session.display("#{alternate_on}") == "1")
            if ending == "q" {
                try session.send("q")
            } else {
                let shell = try #require(session.pid)
                let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
                let child = try #require(children.split(separator: " ").first.flatMap { Int32($0) })
                kill(child, SIGTERM)
            }
            try session.waitUntil(describing: "the shell again") { !$0.contains("Press a") }
            #expect(try session.display("#{alternate_on}") == "0", "back on the main screen after \(ending)")
            #expect(try session.display("#{cursor_flag}") == "1", "the cursor shows after \(ending)")
            // No line flag is off (-echo, -icanon), and what is typed is echoed as usual.
            try session.type("echo off-$(stty -a | tr ' ;' '\\n\\n' | grep -c -x -e -echo -e -icanon)-after-\(ending)")
            try session.send("Enter")
            let screen = try session.waitFor("off-0-after-\(ending)")
            #expect(screen.contains("echo off-$(stty"), "the typed command was echoed: \(screen)")
        }
    }
}

// The pseudo-terminal calls Glibc's Swift module leaves out (they need _XOPEN_SOURCE).
@_silgen_name("posix_openpt") private func openPseudoTerminal(_ flags: CInt) -> CInt
@_silgen_name("grantpt") private func grantPseudoTerminal(_ fd: CInt) -> CInt
@_silgen_name("unlockpt") private func unlockPseudoTerminal(_ fd: CInt) -> CInt
@_silgen_name("ptsname") private func pseudoTerminalName(_ fd: CInt) -> UnsafeMutablePointer<CChar>?

extension TerminalEdgeTests {
    // Root writes in any folder: only an immutable one refuses it.
    @Test(.enabled(if: HostAbilities.canMakeFilesImmutable, "needs chattr +i: root and a file system with the immutable flag"))
    func aFolderOptoutMayNotWriteInOpensReadOnlyAndSaysWhy() throws {
        let sandbox = try TerminalSandbox()
        let folder = sandbox.dataFile.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let plain = try Sandbox()
        let set = try plain.runProgram("/usr/bin/chattr", ["+i", folder.path])
        try #require(set.status == 0, "chattr +i worked on the probe, not here: \(set)")
        defer { _ = try? plain.runProgram("/usr/bin/chattr", ["-i", folder.path]) }
        let session = try TmuxSession(arguments: [], environment: sandbox.environment(), width: 120, folder: sandbox.folder)
        try session.waitFor("Read-only: optout may not write beside this progress file")
        try session.send("q")
        try session.waitForExit()
    }
}
