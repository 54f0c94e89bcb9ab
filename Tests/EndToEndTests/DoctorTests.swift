import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `optout doctor`: what it finds, how it says to fix it, and `--restore-backup`.
@Suite struct DoctorTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        sandbox.environment["TERM"] = "xterm-256color"
        try sandbox.addPlatform("testgram.yaml", CLITests.testgramYAML)
    }

    func doctor(_ extra: [String] = [], environment: [String: String?] = [:]) throws -> CommandResult {
        try sandbox.run(["doctor"] + extra, environment: environment)
    }

    @Test func aHealthyHomeHasNoProblem() throws {
        var result = try doctor()
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("No progress file yet at \(sandbox.progress.path)"))
        #expect(result.stdout.hasSuffix("No problem found.\n"), "\(result.stdout)")
        #expect(result.stderr.isEmpty)

        #expect(try sandbox.run(["accounts", "add", "testgram"]).status == 0)
        #expect(try sandbox.run(["tick", "testgram", "send"]).status == 0)
        result = try doctor()
        #expect(result.status == 0, "\(result)")
        for expected in ["The progress file \(sandbox.progress.path) reads well: schema 2, 1 account, 2 changes",
                         "2 changes since 1 June 2025, chain intact; every tick and note agrees with the history.",
                         "Only you can read it (mode 0600)", "The backup \(sandbox.progress.path).bak reads well",
                         "Nobody is changing the progress file right now", "The catalog has 1 platform ",
                         "The theme 'default' loads", "The terminal type 'xterm-256color' is known", "The locale is UTF-8"] {
            #expect(result.stdout.contains(expected), "missing '\(expected)' in\n\(result.stdout)")
        }
        // Earlier runs parsed the catalog (its file was just written); the cache says so.
        let cacheFolder = sandbox.root.appendingPathComponent("home/.cache/optout").path
        #expect(result.stdout.contains("The catalog cache is \(cacheFolder):"), "\(result.stdout)")
        #expect(result.stdout.contains("came from it; it is safe to delete."))
        let french = try doctor(["--lang", "fr"])
        #expect(french.stdout.contains("se lit bien") && french.stdout.hasSuffix("Aucun problème trouvé.\n"), "\(french.stdout)")
        #expect(french.stdout.contains("Le cache du catalogue est \(cacheFolder) :"), "\(french.stdout)")
    }

    @Test func aBrokenFileIsFoundAndTheBackupRestoredWithoutDeletingAnything() throws {
        #expect(try sandbox.run(["accounts", "add", "testgram"]).status == 0)
        #expect(try sandbox.run(["tick", "testgram", "send"]).status == 0)
        let backup = try Data(contentsOf: URL(fileURLWithPath: sandbox.progress.path + ".bak"))
        let broken = Data(#"{"schemaVersion": 1, "accounts": [{"id": "tes"#.utf8)
        try broken.write(to: sandbox.progress)

        let found = try doctor()
        #expect(found.status == 1, "\(found)")
        #expect(found.stdout.contains("✘ The progress file \(sandbox.progress.path) cannot be read"), "\(found.stdout)")
        #expect(found.stdout.contains("Fix: 'optout doctor --restore-backup' puts the backup back"), "\(found.stdout)")
        #expect(found.stdout.contains("1 problem found"))
        #expect(try Data(contentsOf: sandbox.progress) == broken, "doctor alone changes nothing")

        let restored = try doctor(["--restore-backup"])
        #expect(restored.status == 0, "\(restored)")
        let kept = sandbox.progress.path + ".broken-20250601T100000Z"
        #expect(restored.stdout == "Restored the backup \(sandbox.progress.path).bak over \(sandbox.progress.path) (1 account). The unreadable file is kept as \(kept).\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: kept)) == broken)
        #expect(try Data(contentsOf: sandbox.progress) == backup)
        #expect(try Data(contentsOf: URL(fileURLWithPath: sandbox.progress.path + ".bak")) == backup)
        #expect(try doctor().status == 0)

        // A file that reads well is never replaced, and a second broken one gets its own name.
        let again = try sandbox.run(["doctor", "--restore-backup"])
        #expect(again.status == 1 && again.stderr.contains("reads well: nothing was restored"), "\(again)")
        try broken.write(to: sandbox.progress)
        #expect(try doctor(["--restore-backup", "--lang", "fr"]).stdout.contains("\(kept)-2"))
        #expect(FileManager.default.fileExists(atPath: kept))
    }

    @Test func restoringWithoutAGoodBackupRefusesInOneSentence() throws {
        try Data("garbage".utf8).write(to: sandbox.progress)
        let none = try doctor(["--restore-backup"])
        #expect(none.status == 1 && none.stderrLines == ["optout: There is no backup at \(sandbox.progress.path).bak: nothing was restored."], "\(none)")
        try Data("more garbage".utf8).write(to: URL(fileURLWithPath: sandbox.progress.path + ".bak"))
        let bad = try doctor(["--restore-backup"])
        #expect(bad.status == 1 && bad.stderrLines.count == 1 && bad.stderr.contains("cannot be read either"), "\(bad)")
        #expect(try Data(contentsOf: sandbox.progress) == Data("garbage".utf8))
        let found = try doctor()
        #expect(found.stdout.contains("! The backup") && found.stdout.contains("Fix: repair the file, or move it aside"), "\(found.stdout)")
    }

    @Test func anOpenModeAHeldLockABrokenCatalogAThemeAndTheTerminal() throws {
        #expect(try sandbox.run(["accounts", "add", "testgram"]).status == 0)
        chmod(sandbox.progress.path, 0o644)
        try sandbox.addPlatform("broken.yaml", CLITests.testbookYAML.replacingOccurrences(of: "id: testbook", with: "id: broken\nconfidance: x"))
        try "language: en\ntheme: nosuch\n".write(to: sandbox.configHome.appendingPathComponent("optout/config.yaml"), atomically: true, encoding: .utf8)
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/bin/sh")
        holder.arguments = ["-c", "exec 9>>\"$1\" && flock -x 9 && printf 'optout (pid 77, a command)' >&9 && echo locked && exec sleep 60", "sh", sandbox.progress.path + ".lock"]
        let pipe = Pipe()
        holder.standardOutput = pipe
        try holder.run()
        defer {
            kill(holder.processIdentifier, SIGKILL)
            holder.waitUntilExit()
        }
        _ = pipe.fileHandleForReading.availableData

        let result = try doctor(environment: ["TERM": "dumb", "LANG": "C"])
        #expect(result.status == 1)
        let out = result.stdout
        for expected in [
            "!! The progress file \(sandbox.progress.path) can be read by other users of this machine (mode 644).",
            "  Fix: chmod 600 '\(sandbox.progress.path)'",
            "!! The progress file is being changed right now by optout (pid 77, a command).",
            "XX \(sandbox.catalogFolder.path)/broken.yaml:2:1: unknown field 'confidance'; did you mean 'confidence'?",
            "  Fix: fix that file (optout catalog validate FILE checks it) or move it out of \(sandbox.catalogFolder.path); until then it is skipped.",
            "XX theme 'nosuch': no theme named 'nosuch'",
            "XX TERM is 'dumb': that terminal cannot move the cursor",
            "!! The locale is not UTF-8",
            "  Fix: export LANG=C.UTF-8",
        ] {
            #expect(out.contains(expected), "missing '\(expected)' in\n\(out)")
        }
        #expect(out.hasSuffix("3 problems found, 3 warnings.\n"), "\(out)")
        #expect(try doctor(environment: ["TERM": nil]).stdout.contains("TERM is not set"))
        #expect(try doctor(environment: ["TERM": "no-such-terminal"]).stdout.contains("The terminal type 'no-such-terminal' (TERM) is unknown"))
    }
}
