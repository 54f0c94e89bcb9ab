import Foundation
import Testing

/// `optout verify` on a real file, edited by hand the ways someone might: each edit is found,
/// named by the change's number and time, with exit status 1; `--json` says the same for
/// scripts; `doctor` runs the same checks.
@Suite struct VerifyCommandTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        sandbox.environment["TZ"] = "UTC"
        try sandbox.addPlatform("testgram.yaml", CLITests.testgramYAML)
        // Five changes, a minute apart: add, tick, tick and its note, untick.
        for (minute, arguments) in [["accounts", "add", "testgram", "--label", "@marie"], ["tick", "testgram", "open-form"],
                                    ["tick", "testgram", "send", "--note", "ref 42"], ["untick", "testgram", "open-form"]].enumerated() {
            let result = try sandbox.run(arguments, environment: ["OPTOUT_NOW": "2025-06-02T09:0\(minute):00Z"])
            #expect(result.status == 0, "\(result)")
        }
    }

    func verify(_ extra: String...) throws -> CommandResult { try sandbox.run(["verify"] + extra) }

    var text: String { get throws { try String(contentsOf: sandbox.progress, encoding: .utf8) } }

    func write(_ text: String) throws { try text.write(to: sandbox.progress, atomically: true, encoding: .utf8) }

    /// The file's history edited as JSON objects, written back in optout's layout.
    func editHistory(_ change: (inout [[String: Any]]) -> Void) throws {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: sandbox.progress)) as? [String: Any])
        var history = try #require(object["history"] as? [[String: Any]])
        change(&history)
        object["history"] = history
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: sandbox.progress)
    }

    @Test func anUntouchedFileHolds() throws {
        let result = try verify()
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "5 changes since 2 June 2025, chain intact; every tick and note agrees with the history.\n")
        #expect(result.stderr.isEmpty)
        let french = try sandbox.run(["verify", "--lang", "fr"])
        #expect(french.stdout.hasPrefix("5 changements depuis le 2 juin 2025, chaîne intacte"), "\(french)")
    }

    @Test func oneCharacterOfATimeChangedIsFoundAndNamed() throws {
        let original = try text
        // The tick of `send` in the history, one digit changed.
        let edited = original.replacingOccurrences(of: "\"action\" : \"tick\",\n      \"at\" : \"2025-06-02T09:02:00Z\"",
                                                   with: "\"action\" : \"tick\",\n      \"at\" : \"2025-06-02T09:01:00Z\"")
        #expect(edited != original)
        try write(edited)
        let result = try verify()
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout == "The history is broken at change 3 (2 June 2025, 09:01 UTC): it was changed after it was recorded and no longer matches its hash.\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func anEditedDetailIsFound() throws {
        try write(try text.replacingOccurrences(of: "\"detail\" : \"ref 42\"", with: "\"detail\" : \"ref 43\""))
        let result = try verify()
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("The history is broken at change 4 (2 June 2025, 09:02 UTC): it was changed"), "\(result)")
    }

    @Test func aRemovedEntryIsFound() throws {
        try editHistory { $0.remove(at: 1) }
        let result = try verify()
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("The history is broken at change 2 (2 June 2025, 09:02 UTC): it does not follow the change before it"), "\(result)")
    }

    @Test func twoSwappedEntriesAreFound() throws {
        try editHistory { $0.swapAt(3, 4) }
        let result = try verify()
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("The history is broken at change 4 (2 June 2025, 09:03 UTC): it does not follow"), "\(result)")
    }

    @Test func theLastEntryDroppedIsFound() throws {
        try editHistory { $0.removeLast() }
        let result = try verify()
        #expect(result.status == 1)
        #expect(result.stdout == "The history ends at change 4 (2 June 2025, 09:02 UTC), but the file says it holds 5 changes: changes were removed from its end.\n")
    }

    @Test func anEditedHeadIsFoundAndSaidInJSON() throws {
        let original = try text
        let object = try #require(try JSONSerialization.jsonObject(with: Data(original.utf8)) as? [String: Any])
        let head = try #require((object["chain"] as? [String: Any])?["head"] as? String)
        try write(original.replacingOccurrences(of: "\"head\" : \"\(head)\"", with: "\"head\" : \"\(String(head.reversed()))\""))
        let result = try verify("--json")
        #expect(result.status == 1, "\(result)")
        let json = try result.json()
        #expect(json["holds"] as? Bool == false)
        #expect(json["schemaVersion"] as? Int == 2)
        #expect(json["changes"] as? Int == 5)
        #expect(json["since"] as? String == "2025-06-02T09:00:00Z")
        #expect((json["chain"] as? [String: Any])?["head"] as? String == String(head.reversed()))
        let problem = try #require(json["problem"] as? [String: Any])
        #expect(problem["kind"] as? String == "head-differs")
        #expect(problem["entry"] as? Int == 5)
        #expect(problem["at"] as? String == "2025-06-02T09:03:00Z")
        #expect(problem["account"] is NSNull)
        #expect((problem["message"] as? String)?.hasPrefix("The head at the top of the file does not match change 5") == true)
        let checks = try #require(json["checks"] as? [[String: Any]])
        #expect(checks.map { $0["name"] as? String } == ["chain", "head", "ticks-and-notes", "evidence"])
        #expect(checks.map { $0["holds"] as? Bool } == [true, false, true, true])

        let doctor = try sandbox.run(["doctor"])
        #expect(doctor.status == 1)
        #expect(doctor.stdout.contains("✘ The head at the top of the file does not match change 5"), "\(doctor)")
    }

    @Test func aTickMovedInTheAccountsIsFound() throws {
        try write(try text.replacingOccurrences(of: "\"at\" : \"2025-06-02T09:02:00Z\",\n          \"catalogRevision\"",
                                                with: "\"at\" : \"2025-05-26T09:02:00Z\",\n          \"catalogRevision\""))
        let result = try verify()
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("Step send of testgram is ticked at 26 May 2025, 09:02 UTC, but no change in the history ticked it then"), "\(result)")
    }

    @Test func theJSONOfAFileThatHoldsSaysSo() throws {
        let json = try verify("--json").json()
        #expect(json["holds"] as? Bool == true)
        #expect(json["problem"] is NSNull)
        #expect(json["message"] as? String == "5 changes since 2 June 2025, chain intact; every tick and note agrees with the history.")
        // The report printed today carries the same head.
        let status = try sandbox.run(["status", "--json"]).json()
        #expect((status["chain"] as? [String: Any])?["head"] as? String == (json["chain"] as? [String: Any])?["head"] as? String)
        #expect((status["chain"] as? [String: Any])?["count"] as? Int == 5)
    }

    @Test func aVersionOneFileIsUpgradedAtItsFirstChangeAndThenHolds() throws {
        let v1 = """
            {"schemaVersion": 1, "accounts": [{"id": "testgram", "platform": "testgram", "created": "2025-06-01T10:00:00Z",
             "ticks": {"send": {"at": "2025-06-01T11:00:00Z", "catalogRevision": "r", "stepRevision": "s"}}, "notes": {}}],
             "history": [{"at": "2025-06-01T10:00:00Z", "action": "add-account", "account": "testgram", "platform": "testgram"},
                         {"at": "2025-06-01T11:00:00Z", "action": "tick", "account": "testgram", "platform": "testgram", "step": "send"}]}
            """
        try write(v1)
        let before = try verify()
        #expect(before.status == 1)
        #expect(before.stdout == "The history is not chained yet: this file is of version 1, and optout chains it at its next change.\n")
        #expect(try sandbox.run(["tick", "testgram", "open-form"], environment: ["OPTOUT_NOW": "2025-06-03T08:00:00Z"]).status == 0)
        #expect(try String(contentsOf: URL(fileURLWithPath: sandbox.progress.path + ".v1"), encoding: .utf8) == v1)
        let after = try verify()
        #expect(after.status == 0, "\(after)")
        #expect(after.stdout.hasPrefix("4 changes since 1 June 2025, chain intact (the 2 changes before the upgrade of 3 June 2025 were chained then"))
    }

    @Test func aFileItCannotReadIsOneSentenceOnStderr() throws {
        try write("{\"schemaVersion\": 3, \"accounts\": []}")
        let result = try verify()
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1 && result.stderr.contains("newer optout"), "\(result)")
    }
}
