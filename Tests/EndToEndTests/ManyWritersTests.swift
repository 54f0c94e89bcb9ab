import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Parallel command processes and a full-screen view, all changing one progress file at once:
/// nobody's change is lost. A held lock makes a command wait, then name the holder; a lock
/// left by a killed process blocks nobody.
@Suite(.serialized)
struct ManyWritersTests {
    static let steps = 40

    @Test func parallelCommandsAndAFullScreenViewLoseNoUpdate() throws {
        let terminal = try TerminalSandbox()
        let sandbox = try Sandbox()
        // Both sandboxes describe one set of files: the commands use the terminal sandbox's.
        sandbox.environment["OPTOUT_DATA"] = terminal.dataFile.path
        sandbox.environment["XDG_CONFIG_HOME"] = terminal.folder.appendingPathComponent("config").path
        let catalogFolder = terminal.folder.appendingPathComponent("config/optout/catalog")
        try FileManager.default.createDirectory(at: catalogFolder, withIntermediateDirectories: true)
        try CLITests.manyYAML(Self.steps).write(to: catalogFolder.appendingPathComponent("many.yaml"), atomically: true, encoding: .utf8)
        for _ in 0..<2 { #expect(try sandbox.run(["accounts", "add", "many"]).status == 0) }

        // The view ticks the first steps of many-2 while the commands tick everything else.
        let viewSteps = 8
        let view = try TmuxSession(arguments: ["open", "many-2"], environment: terminal.environment(["OPTOUT_RESOURCES": sandbox.resources.path]),
                                   width: 100, height: 30, folder: terminal.folder)
        try view.waitFor("Step 1")

        var jobs: [[String]] = []
        for n in 1...Self.steps { jobs.append(["tick", "many", "s\(n)"]) }
        for n in (viewSteps + 1)...Self.steps { jobs.append(["tick", "many-2", "s\(n)"]) }
        for n in 1...6 { jobs.append(["accounts", "add", "many", "--label", "writer \(n)"]) }
        var shuffler = SeededGenerator(seed: 42)
        jobs.shuffle(using: &shuffler)
        let writers = 4
        let failures = Failures()
        let group = DispatchGroup()
        for w in 0..<writers {
            let mine = stride(from: w, to: jobs.count, by: writers).map { jobs[$0] }
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                for job in mine {
                    do {
                        let result = try sandbox.run(job)
                        if result.status != 0 { failures.add("\(job.joined(separator: " ")): \(result)") }
                    } catch {
                        failures.add("\(job.joined(separator: " ")): \(error)")
                    }
                }
            }
        }
        for k in 1...viewSteps {
            try view.send("Space")
            try view.waitFor("Ticked 'Step \(k)'; saved")
            try view.send("Down")
        }
        group.wait()
        #expect(failures.all.isEmpty, "\(failures.all.joined(separator: "\n"))")
        // The view follows the file: every step of many-2 shows done.
        try view.waitFor("\(Self.steps)/\(Self.steps)", seconds: 10)
        try view.send("q")
        try view.waitForExit()

        let json = try terminal.progressJSON()
        let accounts = try #require(json["accounts"] as? [[String: Any]])
        #expect(accounts.count == 2 + 6)
        for id in ["many", "many-2"] {
            let ticks = try #require(accounts.first { $0["id"] as? String == id }?["ticks"] as? [String: Any])
            #expect(ticks.count == Self.steps, "\(id) has \(ticks.count) ticks")
        }
        let history = try #require(json["history"] as? [[String: Any]])
        #expect(history.filter { $0["action"] as? String == "tick" }.count == 2 * Self.steps)
        print("many writers: \(writers) command processes at a time (\(jobs.count) commands) and 1 full-screen view (\(viewSteps) ticks), \(2 * Self.steps) ticks and \(2 + 6) accounts, nothing lost")
    }

    @Test func aCommandWaitsForAHeldLockThenNamesTheOptoutHoldingIt() throws {
        let sandbox = try Sandbox()
        try sandbox.addPlatform("testgram.yaml", CLITests.testgramYAML)
        #expect(try sandbox.run(["accounts", "add", "testgram"]).status == 0)
        let before = try Data(contentsOf: sandbox.progress)
        // A holder that says who it is, as optout does in the lock file.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/bin/sh")
        holder.arguments = ["-c", "exec 9>>\"$1\" && flock -x 9 && printf 'optout (pid 4242, the full-screen view)' >&9 && echo locked && exec sleep 60",
                            "sh", sandbox.progress.path + ".lock"]
        let pipe = Pipe()
        holder.standardOutput = pipe
        try holder.run()
        defer {
            kill(holder.processIdentifier, SIGKILL)
            holder.waitUntilExit()
        }
        #expect(String(decoding: pipe.fileHandleForReading.availableData, as: UTF8.self).hasPrefix("locked"))
        let started = Date()
        let result = try sandbox.run(["tick", "testgram", "send"])
        let waited = Date().timeIntervalSince(started)
        #expect(result.status == 1)
        #expect(result.stderr == "optout: The progress file \(sandbox.progress.path) is in use by optout (pid 4242, the full-screen view): close that optout or try again in a moment.\n")
        #expect(waited >= 2 && waited < 30, "it waited a few seconds (\(waited) s)")
        #expect(try Data(contentsOf: sandbox.progress) == before)
        let french = try sandbox.run(["tick", "testgram", "send", "--lang", "fr"])
        #expect(french.stderr.contains("est utilisé par optout (pid 4242, the full-screen view)"))
    }

    @Test func aFullScreenViewKilledWithSIGKILLLeavesNoLockBehind() throws {
        let terminal = try TerminalSandbox()
        let first = try TmuxSession(arguments: [], environment: terminal.environment(), folder: terminal.folder)
        // A first run (no data folder yet) is not read-only.
        #expect(!(try first.waitFor("Press a")).contains("Read-only"))
        let pid = try #require(first.pid)
        kill(pid, SIGKILL)
        try first.waitForExit()

        // A new view is not read-only, and it can change the file.
        let second = try TmuxSession(arguments: [], environment: terminal.environment(), folder: terminal.folder)
        // The footer is drawn last: once it is there, a read-only notice would be too.
        let screen = try second.waitUntil(describing: "the whole dashboard") { $0.contains("Press a") && $0.contains("q quit") }
        #expect(!screen.contains("Read-only"))
        try second.send("a")
        try second.waitFor("Add an account")
        try second.type("faceb")
        try second.send("Enter")
        try second.waitFor("A label")
        try second.send("Enter")
        try second.waitFor("Added Facebook")
        try second.send("q")
        try second.waitForExit()
        #expect((try terminal.progressJSON()["accounts"] as? [[String: Any]])?.count == 1)
    }
}
