import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Control characters and escape sequences from a progress file, a catalog, a theme or the
/// command line never reach the terminal raw: they are shown as `�`. Huge inputs get a clear
/// refusal or work, never a crash or a hang.
@Suite struct HostileInputTests {
    /// Sequences a terminal would act on: colour, clear screen, window title (OSC), the C1 CSI,
    /// a right-to-left override, a backspace and a bell.
    static let red = "\u{1B}[31mRED\u{1B}[0m"
    static let hostile = red + " \u{1B}]2;PWNED\u{07} \u{1B}[2J \u{9B}31m \u{202E}evil \u{08}\u{07}"

    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        try sandbox.addPlatform("testgram.yaml", CLITests.testgramYAML)
    }

    /// Nothing a terminal acts on, except newlines.
    static func expectClean(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let bad = text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A: return false
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
            default: return false
            }
        }
        #expect(bad.isEmpty, "\(what) holds raw control characters \(bad.map { String($0.value, radix: 16) }): \(text.debugDescription.prefix(600))", sourceLocation: sourceLocation)
    }

    static func expectClean(_ result: CommandResult, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expectClean(result.stdout, what + " (stdout)", sourceLocation: sourceLocation)
        expectClean(result.stderr, what + " (stderr)", sourceLocation: sourceLocation)
        #expect(!result.signalled, "\(what): \(result)", sourceLocation: sourceLocation)
    }

    /// A progress file as a damaged or hostile copy could hold it: hostile label, note and id.
    static func hostileProgress(label: String = hostile, note: String = hostile) throws -> Data {
        let object: [String: Any] = [
            "schemaVersion": 1,
            "accounts": [[
                "id": "evil" + red, "platform": "testgram", "label": label, "created": "2025-06-01T10:00:00Z",
                "coveredBy": NSNull(),
                "ticks": ["open-form": ["at": "2025-06-01T10:00:00Z", "catalogRevision": "x", "stepRevision": "y"]],
                "notes": ["open-form": note],
            ] as [String: Any]],
            "history": [["at": "2025-06-01T10:00:00Z", "action": "add-account", "account": "evil" + red, "platform": "testgram", "detail": label]],
        ]
        return try JSONSerialization.data(withJSONObject: object)
    }

    @Test func aHostileProgressFileNeverReachesPlainOutputRaw() throws {
        try Self.hostileProgress().write(to: sandbox.progress)
        let evil = "evil" + Self.red
        for command in [["status"], ["status", "--json"], ["accounts", "list"], ["accounts", "list", "--json"],
                        ["tick", evil, "send"], ["untick", evil, "send"], ["note", evil, "send", "hello"], ["review", evil],
                        ["accounts", "cover", evil, "--none"], ["export", "--output", "-"], ["export", "--format", "csv", "--output", "-"],
                        ["tick", Self.hostile, "send"], ["tick", evil, Self.hostile]] {
            var result = try sandbox.run(command)
            if command.contains("csv") { result.stdout = result.stdout.replacingOccurrences(of: "\r\n", with: "\n") }  // CSV's own line ends
            Self.expectClean(result, command.joined(separator: " ").debugDescription)
        }
        let list = try sandbox.run(["accounts", "list"])
        #expect(list.stdout.contains("evil\u{FFFD}[31mRED\u{FFFD}[0m"), "replaced visibly: \(list.stdout.debugDescription)")
        let tick = try sandbox.run(["tick", evil, "keep-proof"])
        #expect(tick.stdout.hasPrefix("Ticked keep-proof of evil\u{FFFD}[31mRED\u{FFFD}[0m."), "\(tick)")
        // JSON keeps the value (escaped), so scripts still read it exactly.
        let json = try sandbox.run(["accounts", "list", "--json"]).json()
        #expect((json["accounts"] as? [[String: Any]])?.first?["label"] as? String == Self.hostile)
    }

    @Test func hostileArgumentsAreNotEchoedRaw() throws {
        for command in [["tick", "\u{1B}[31mX", "step"], ["\u{1B}]2;PWNED\u{07}"], ["accounts", "add", "\u{1B}[2J"],
                        ["status", "--lang", "\u{1B}[31m"], ["catalog", "show", "\u{9B}31m"], ["--\u{1B}[31m"],
                        ["accounts", "add", "testgram", "--label", "\u{1B}[31m"], ["themes", "--theme", "\u{1B}[31m"],
                        ["export", "--output", "/nonexistent/\u{1B}[31m/x.md"], ["status", "--data", sandbox.root.path + "/\u{1B}[31m/"]] {
            let result = try sandbox.run(command)
            Self.expectClean(result, command.joined(separator: " ").debugDescription)
        }
        let echoed = try sandbox.run(["tick", "\u{1B}[31mX", "step"])
        #expect(echoed.status == 1)
        #expect(echoed.stderr == "optout: There is no account '\u{FFFD}[31mX': 'optout accounts list' shows the accounts you track.\n")
        let usage = try sandbox.run(["\u{1B}]2;PWNED\u{07}"])
        #expect(usage.status != 0 && usage.stderr.contains("\u{FFFD}]2;PWNED\u{FFFD}"), "\(usage)")
        let multiline = try sandbox.run(["tick", "a\nb", "step"])
        #expect(multiline.stderrLines.count == 1, "a newline typed in an argument keeps the message on one line: \(multiline)")
    }

    @Test func hostileCatalogAndThemeFilesAreRefusedCleanly() throws {
        try sandbox.addPlatform("evil.yaml", CLITests.testbookYAML
            .replacingOccurrences(of: "id: testbook", with: "id: evil")
            .replacingOccurrences(of: "name: Testbook", with: "name: \"Evil \\e[31mRED \\e]2;PWNED\\a\""))
        try sandbox.addPlatform("\u{1B}[31m.yaml", CLITests.testbookYAML.replacingOccurrences(of: "kind: setting", with: "kind: hostile"))
        let themes = sandbox.configHome.appendingPathComponent("optout/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        try "name: \"Evil \\e[31m\"\nroles:\n  title: {fg: \"\\e[31m\"}\n".write(to: themes.appendingPathComponent("evil.yaml"), atomically: true, encoding: .utf8)
        for command in [["catalog", "list"], ["catalog", "show", "evil"], ["catalog", "show", "testgram"], ["status"],
                        ["catalog", "validate", sandbox.catalogFolder.appendingPathComponent("evil.yaml").path],
                        ["themes"], ["themes", "--theme", "evil"], ["doctor", "--theme", "evil"]] {
            let result = try sandbox.run(command)
            Self.expectClean(result, command.joined(separator: " "))
        }
        let list = try sandbox.run(["catalog", "list"])
        #expect(list.stderr.contains("control characters"), "\(list.stderr)")
        #expect(list.stderr.contains("\u{FFFD}[31m.yaml"), "the file name is shown, replaced: \(list.stderr)")
        #expect(!list.stdout.contains("Evil"))
    }

    // MARK: The full-screen view

    @Test func aHostileLabelAndNoteNeverReachTheTerminalOfTheFullScreenView() throws {
        let terminal = try TerminalSandbox()
        try FileManager.default.createDirectory(at: terminal.dataFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Self.hostileProgress().write(to: terminal.dataFile)
        let catalog = terminal.folder.appendingPathComponent("config/optout/catalog")
        try FileManager.default.createDirectory(at: catalog, withIntermediateDirectories: true)
        try CLITests.testgramYAML.write(to: catalog.appendingPathComponent("testgram.yaml"), atomically: true, encoding: .utf8)
        let session = try TmuxSession(arguments: [], environment: terminal.environment(["OPTOUT_RESOURCES": sandbox.resources.path]),
                                      width: 120, height: 30, folder: terminal.folder)
        let dashboard = try session.waitFor("RED")
        #expect(dashboard.contains("\u{FFFD}[31mRED"), "shown, replaced: \(dashboard)")
        try session.send("Enter")
        let checklist = try session.waitFor("Open the form")
        #expect(checklist.contains("\u{FFFD}[31mRED") || checklist.contains("\u{FFFD}"), "\(checklist)")
        let painted = try session.screen(escapes: true)
        #expect(!painted.contains("\u{1B}]"), "no OSC reached the terminal")
        #expect(!painted.contains("\u{1B}[31mRED"), "no injected colour")
        #expect(try session.display("#{pane_title}") != "PWNED")
        try session.send("q")
        try session.waitForExit()
    }

    // MARK: Huge inputs

    @Test func aHundredKilobyteLabelIsRefusedClearly() throws {
        // Linux takes at most 128 KiB in one argument; the engine tests try 1 MB directly.
        let label = String(repeating: "é", count: 60_000)
        let result = try sandbox.run(["accounts", "add", "testgram", "--label", label], timeout: 60)
        #expect(result.status == 1)
        #expect(result.stderr == "optout: A label is one line, without control characters, of at most 200 characters.\n")
        #expect(!FileManager.default.fileExists(atPath: sandbox.progress.path))
    }

    @Test func aMegabyteLabelInTheFileIsShownCutInPlainTextAndOnScreen() throws {
        let label = String(repeating: "long label ", count: 100_000)  // 1.1 MB
        try Self.hostileProgress(label: label, note: label).write(to: sandbox.progress)
        for command in [["status"], ["accounts", "list"], ["status", "--json"], ["tick", "evil" + Self.red, "send"]] {
            let result = try sandbox.run(command, timeout: 60)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        let terminal = try TerminalSandbox()
        let session = try TmuxSession(arguments: [], environment: terminal.environment(["OPTOUT_DATA": sandbox.progress.path,
                                                                                         "XDG_CONFIG_HOME": sandbox.configHome.path,
                                                                                         "OPTOUT_RESOURCES": sandbox.resources.path]),
                                      folder: terminal.folder)
        try session.waitFor("long label", seconds: 30)
        try session.send("Enter")
        try session.waitFor("Open the form", seconds: 30)
        try session.send("q")
        try session.waitForExit(seconds: 30)
    }

    @Test func stepsNestedTenThousandDeepAreRefusedClearly() throws {
        var flow = CLITests.testbookYAML.replacingOccurrences(of: "id: testbook", with: "id: deep")
            .replacingOccurrences(of: "steps:\n  - {id: switch-off, title: {en: Switch it off, fr: Désactivez}}\n", with: "steps: ")
        for n in 0..<10_000 { flow += "[{id: s\(n), title: {en: a, fr: b}, steps: " }
        flow += "[]" + String(repeating: "}]", count: 10_000) + "\n"
        let flowFile = try sandbox.write(flow, to: "deep-flow.yaml")
        // Block style, 600 deep (10,000 would be a 100 MB file, refused for its size).
        var block = CLITests.testbookYAML.replacingOccurrences(of: "id: testbook", with: "id: deepblock")
            .replacingOccurrences(of: "  - {id: switch-off, title: {en: Switch it off, fr: Désactivez}}\n", with: "")
        for n in 0..<600 {
            let indent = String(repeating: "  ", count: n)
            block += "\(indent)- id: b\(n)\n\(indent)  title: {en: a, fr: b}\n\(indent)  steps:\n"
        }
        let blockFile = try sandbox.write(block, to: "deep-block.yaml")
        for file in [flowFile, blockFile] {
            let result = try sandbox.run(["catalog", "validate", file.path], timeout: 60)
            #expect(result.status == 1 && !result.signalled, "\(result)")
            #expect(result.stderr.contains("nested"), "\(result.stderr)")
        }
        // As a user catalog file: reported, skipped, and optout goes on.
        let deep = sandbox.catalogFolder.appendingPathComponent("deep.yaml")
        try FileManager.default.copyItem(at: flowFile, to: deep)
        let list = try sandbox.run(["catalog", "list"], timeout: 60)
        #expect(list.status == 0 && list.stdout.contains("testgram") && list.stderr.contains("deep.yaml"), "\(list)")
        try FileManager.default.removeItem(at: deep)

        // A progress file nested 10,000 deep.
        try Data((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8).write(to: sandbox.progress)
        let status = try sandbox.run(["status"], timeout: 60)
        #expect(status.status == 1 && status.stderrLines.count == 1 && status.stderr.contains("cannot be read"), "\(status)")
    }
}
