import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The command line, run as a process on temporary files, with a test catalog of its own.
@Suite struct CLITests {
    static let testgramYAML = """
        id: testgram
        name: Testgram
        vendor: Test Meta
        group: testmeta
        kind: objection
        jurisdictions: [EU]
        effect: prospective
        confidence: verified
        last_verified: 2025-05-01
        recheck_days: 180
        sources:
          - {label: Help, url: "https://example.com/help"}
        summary:
          en: Object to training on your posts.
          fr: Opposez-vous à l'entraînement sur vos publications.
        steps:
          - id: open-form
            title: {en: Open the form, fr: Ouvrez le formulaire}
            url: https://example.com/form
          - id: object
            title: {en: Object, fr: Opposez-vous}
            any_of: true
            steps:
              - {id: object-app, title: {en: In the app, fr: Dans l'application}}
              - {id: object-web, title: {en: On the web, fr: Sur le web}}
          - id: send
            title: {en: Send the form, fr: Envoyez le formulaire}
            milestone: submitted
          - id: keep-proof
            title: {en: Keep a screenshot, fr: Gardez une capture}
            optional: true

        """

    static let testbookYAML = """
        id: testbook
        name: Testbook
        vendor: Test Meta
        group: testmeta
        kind: setting
        jurisdictions: [EU]
        effect: unknown
        confidence: reported
        last_verified: 2025-05-01
        sources: [{label: Help, url: "https://example.com/help"}]
        summary: {en: Switch it off., fr: Désactivez-le.}
        steps:
          - {id: switch-off, title: {en: Switch it off, fr: Désactivez}}

        """

    static let nothingYAML = """
        id: nothing
        name: Nothing
        vendor: Example
        kind: none
        jurisdictions: [EU]
        effect: unknown
        confidence: unconfirmed
        last_verified: 2025-05-01
        sources: [{label: News, url: "https://example.com/news"}]
        summary: {en: No way to object., fr: Aucun moyen de s'opposer.}

        """

    static func manyYAML(_ count: Int) -> String {
        var text = """
            id: many
            name: Many
            vendor: Example
            kind: setting
            jurisdictions: [EU]
            effect: unknown
            confidence: verified
            last_verified: 2025-05-01
            sources: [{label: Example, url: "https://example.com/"}]
            summary: {en: Many steps., fr: Beaucoup d'étapes.}
            steps:

            """
        for n in 1...count { text += "  - {id: s\(n), title: {en: Step \(n), fr: Étape \(n)}}\n" }
        return text
    }

    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        try sandbox.addPlatform("testgram.yaml", Self.testgramYAML)
        try sandbox.addPlatform("testbook.yml", Self.testbookYAML)
        try sandbox.addPlatform("nothing.yaml", Self.nothingYAML)
    }

    @discardableResult
    func run(_ arguments: String..., environment: [String: String?] = [:], sourceLocation: SourceLocation = #_sourceLocation) throws -> CommandResult {
        try sandbox.run(arguments, environment: environment)
    }

    /// Runs a command that must succeed, with nothing on stderr.
    @discardableResult
    func succeed(_ arguments: String..., environment: [String: String?] = [:], sourceLocation: SourceLocation = #_sourceLocation) throws -> CommandResult {
        let result = try sandbox.run(arguments, environment: environment)
        #expect(result.status == 0, "optout \(arguments.joined(separator: " ")): \(result)", sourceLocation: sourceLocation)
        #expect(result.stderr.isEmpty, "optout \(arguments.joined(separator: " ")): \(result)", sourceLocation: sourceLocation)
        return result
    }

    /// Expects a failure said in one line on stderr, without a stack trace, and returns that line.
    @discardableResult
    func fail(_ arguments: String..., environment: [String: String?] = [:], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try sandbox.run(arguments, environment: environment)
        #expect(result.status == 1, "optout \(arguments.joined(separator: " ")): \(result)", sourceLocation: sourceLocation)
        #expect(!result.signalled, sourceLocation: sourceLocation)
        #expect(result.stderrLines.count == 1, "one line: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, "nothing on stdout: \(result.stdout)", sourceLocation: sourceLocation)
        for trace in ["Fatal error", "Stack dump", "backtrace", "Current stack trace", "0x0000"] {
            #expect(!result.stderr.contains(trace), sourceLocation: sourceLocation)
        }
        return result.stderrLines.first ?? ""
    }

    func progressJSON() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: sandbox.progress))
        return try #require(object as? [String: Any])
    }

    // MARK: The binary

    @Test func theBinaryIsBuiltBesideTheTests() throws {
        let url = try #require(OptOutBinary.url)
        #expect(FileManager.default.isExecutableFile(atPath: url.path))
    }

    @Test func version() throws {
        let result = try succeed("--version")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.range(of: #"^optout \d+\.\d+\.\d+$"#, options: .regularExpression) != nil, "\(result)")
        #expect(lines.contains { $0.hasPrefix("catalog: revision ") && $0.contains("facts checked up to") }, "\(result)")
        // The tests run the debug build, which loads the toolchain's Swift runtime.
        #expect(lines.last == "dynamic build: the Swift runtime is loaded from the toolchain", "\(result)")
    }

    // MARK: Accounts

    @Test func accountsAddListRemove() throws {
        #expect(try succeed("accounts", "list").stdout.contains("No accounts yet"))
        #expect(try succeed("accounts", "add", "testgram").stdout == "Added account testgram.\n")
        #expect(try succeed("accounts", "add", "testgram", "--label", "@marie").stdout == "Added account testgram-2.\n")
        try succeed("accounts", "add", "testbook", "--label", "Grand-mère")

        let list = try succeed("accounts", "list").stdout
        #expect(list.contains("testgram  Testgram  (not started)"))
        #expect(list.contains("testgram-2  Testgram  @marie  (not started)"))
        #expect(list.contains("Grand-mère"))

        let json = try succeed("accounts", "list", "--json").json()
        let accounts = try #require(json["accounts"] as? [[String: Any]])
        #expect(accounts.map { $0["id"] as? String } == ["testgram", "testgram-2", "testbook"])
        #expect(accounts[1]["label"] as? String == "@marie")
        #expect(accounts[1]["platform"] as? String == "testgram")
        #expect(accounts[1]["status"] as? String == "not-started")
        #expect(accounts[1]["created"] as? String == "2025-06-01T10:00:00Z")

        #expect(try succeed("accounts", "remove", "@marie").stdout == "Removed account testgram-2.\n")
        // Ids are never reused.
        #expect(try succeed("accounts", "add", "testgram").stdout == "Added account testgram-3.\n")
        let after = try #require(try succeed("accounts", "list", "--json").json()["accounts"] as? [[String: Any]])
        #expect(after.map { $0["id"] as? String } == ["testgram", "testbook", "testgram-3"])
        // The history keeps everything.
        let history = try #require(try progressJSON()["history"] as? [[String: Any]])
        #expect(history.map { $0["action"] as? String } == ["add-account", "add-account", "add-account", "remove-account", "add-account"])
    }

    @Test func accountMistakesAreOneLine() throws {
        try succeed("accounts", "add", "testgram")
        try succeed("accounts", "add", "testgram")
        #expect(try fail("accounts", "add", "myspace").contains("no platform 'myspace'"))
        #expect(try fail("accounts", "remove", "nobody").hasPrefix("optout: There is no account 'nobody'"))
        try succeed("accounts", "label", "testgram-2", "@marie")
        #expect(try fail("accounts", "add", "testbook", "--label", "@marie").contains("already labelled '@marie'"))
    }

    @Test func aPlatformWithSeveralAccountsIsAmbiguous() throws {
        try succeed("accounts", "add", "testbook")
        try succeed("accounts", "add", "testbook")
        try succeed("accounts", "remove", "testbook")
        try succeed("accounts", "add", "testbook")
        // Now "testbook" is no id, and names two accounts.
        let line = try fail("tick", "testbook", "switch-off")
        #expect(line == "optout: 'testbook' names several accounts (testbook-2, testbook-3): give the id of one of them.")
    }

    @Test func coverAndUncover() throws {
        try succeed("accounts", "add", "testgram")
        try succeed("accounts", "add", "testbook")
        #expect(try succeed("accounts", "cover", "testbook", "--by", "testgram").stdout == "Account testbook is covered by testgram.\n")
        let status = try succeed("status", "--json").json()
        let accounts = try #require(status["accounts"] as? [[String: Any]])
        #expect(accounts.first { $0["id"] as? String == "testbook" }?["status"] as? String == "covered")
        try succeed("accounts", "add", "nothing")
        #expect(try fail("accounts", "cover", "nothing", "--by", "nothing").contains("cannot"))
        try succeed("accounts", "cover", "testbook", "--none")
        // Neither or both is a usage error.
        #expect(try run("accounts", "cover", "testbook").status != 0)
        #expect(try run("accounts", "cover", "testbook", "--by", "testgram", "--none").status != 0)
        #expect(try succeed("accounts", "list").stdout.contains("testbook  Testbook  (not started)"))
    }

    // MARK: Ticks and status

    @Test func tickUntickAndStatusJSON() throws {
        try succeed("accounts", "add", "testgram", "--label", "@marie")
        let tick = try succeed("tick", "@marie", "open-form", "--note", "form reference 42", environment: ["OPTOUT_NOW": "2025-06-01T10:00:00Z"])
        #expect(tick.stdout == "Ticked open-form of testgram. Status: in progress (1/3).\n")
        try succeed("tick", "testgram", "object-web", environment: ["OPTOUT_NOW": "2025-06-02T08:30:00Z"])

        let json = try succeed("status", "--json", environment: ["OPTOUT_NOW": "2025-06-03T12:00:00Z"]).json()
        #expect(json["schemaVersion"] as? Int == 1)
        #expect(json["generatedAt"] as? String == "2025-06-03T12:00:00Z")
        let revision = try #require(json["catalogRevision"] as? String)
        #expect(!revision.isEmpty)
        let accounts = try #require(json["accounts"] as? [[String: Any]])
        #expect(accounts.count == 1)
        let account = accounts[0]
        #expect(account["id"] as? String == "testgram")
        #expect(account["platform"] as? String == "testgram")
        #expect(account["platformName"] as? String == "Testgram")
        #expect(account["label"] as? String == "@marie")
        #expect(account["status"] as? String == "in-progress")
        #expect(account["done"] as? Int == 2)
        #expect(account["total"] as? Int == 3)
        let steps = try #require(account["steps"] as? [[String: Any]])
        #expect(steps.map { $0["id"] as? String } == ["open-form", "object", "send", "keep-proof"])
        #expect(steps[0]["title"] as? String == "Open the form")
        #expect(steps[0]["done"] as? Bool == true)
        #expect(steps[0]["doneAt"] as? String == "2025-06-01T10:00:00Z")
        #expect(steps[0]["note"] as? String == "form reference 42")
        #expect(steps[1]["done"] as? Bool == true)
        #expect(steps[1]["doneAt"] as? String == "2025-06-02T08:30:00Z")
        let routes = try #require(steps[1]["steps"] as? [[String: Any]])
        #expect(routes.map { $0["id"] as? String } == ["object-app", "object-web"])
        #expect(routes.map { $0["done"] as? Bool } == [false, true])
        #expect(steps[2]["done"] as? Bool == false)
        #expect(steps[2]["doneAt"] == nil || steps[2]["doneAt"] is NSNull)

        let submitted = try succeed("tick", "testgram", "send")
        #expect(submitted.stdout.contains("Status: opted out (3/3)."))

        let untick = try succeed("untick", "testgram", "open-form")
        #expect(untick.stdout == "Unticked open-form of testgram. Status: submitted (2/3).\n")
        let after = try #require(try succeed("status", "--json").json()["accounts"] as? [[String: Any]])
        #expect(after[0]["status"] as? String == "submitted")

        // The progress file keeps the times and the catalog revision of every tick.
        let file = try progressJSON()
        let saved = try #require((file["accounts"] as? [[String: Any]])?.first)
        let ticks = try #require(saved["ticks"] as? [String: [String: Any]])
        #expect(ticks["object-web"]?["at"] as? String == "2025-06-02T08:30:00Z")
        #expect(ticks["object-web"]?["catalogRevision"] as? String == revision)
        let actions = try #require(file["history"] as? [[String: Any]]).map { $0["action"] as? String }
        #expect(actions == ["add-account", "tick", "note", "tick", "tick", "untick"])
    }

    @Test func whatCannotBeTickedIsOneLine() throws {
        try succeed("accounts", "add", "testgram")
        try succeed("accounts", "add", "nothing")
        #expect(try fail("tick", "testgram", "object") == "optout: Step 'object' is done through its sub-steps: tick one of them.")
        #expect(try fail("tick", "nothing", "anything") == "optout: Nothing offers no opt-out: there is nothing to tick.")
        #expect(try fail("tick", "testgram", "no-such-step").contains("'optout catalog show testgram' lists the steps"))
        #expect(try fail("untick", "testgram", "send") == "optout: Step 'send' of testgram is not ticked.")
        try succeed("tick", "testgram", "send")
        #expect(try fail("tick", "testgram", "send") == "optout: Step 'send' of testgram is already ticked.")
    }

    @Test func plainStatusReadsWell() throws {
        // The key that adds an account is named from the binding table.
        #expect(try succeed("status").stdout == "No accounts tracked yet. Add one with 'optout accounts add PLATFORM' (or the a key in 'optout').\n")
        try succeed("accounts", "add", "testgram", "--label", "@marie")
        try succeed("accounts", "add", "nothing")
        try succeed("tick", "testgram", "open-form")
        let text = try succeed("status").stdout
        #expect(text.hasPrefix("0 of 1 account opted out or covered\n"))
        #expect(text.contains("STATUS"))
        #expect(text.contains("in progress"))
        #expect(text.contains("@marie"))
        #expect(text.contains("1/3"))
        #expect(text.contains("no opt-out"))
        #expect(text.contains("1 June 2025"), "days are said, not ISO")
        #expect(try succeed("status", environment: ["LANG": "de_AT.UTF-8"]).stdout.contains("1. Juni 2025"))
        // Words carry the status, ASCII symbols without a UTF-8 locale.
        let ascii = try succeed("status", environment: ["LANG": "C"]).stdout
        #expect(ascii.contains("~ in progress"))
    }

    @Test func needsReviewAfterTheCatalogChangesAndReview() throws {
        try succeed("accounts", "add", "testbook")
        try succeed("tick", "testbook", "switch-off")
        try sandbox.addPlatform("testbook.yml", Self.testbookYAML.replacingOccurrences(of: "en: Switch it off, fr:", with: "en: Switch it off in Settings, fr:"))
        let json = try succeed("status", "--json").json()
        let account = try #require((json["accounts"] as? [[String: Any]])?.first)
        #expect(account["status"] as? String == "needs-review")
        #expect((account["reviewReasons"] as? [String])?.first?.contains("switch-off") == true)
        #expect(try succeed("status").stdout.contains("Needs review, testbook: step 'switch-off' changed"))
        let review = try succeed("review", "testbook", environment: ["OPTOUT_NOW": "2025-06-05T10:00:00Z"])
        #expect(review.stdout == "Reviewed testbook. Status: opted out (1/1).\n")
        let after = try #require((try succeed("status", "--json").json()["accounts"] as? [[String: Any]])?.first)
        let steps = try #require(after["steps"] as? [[String: Any]])
        #expect(steps[0]["doneAt"] as? String == "2025-06-01T10:00:00Z", "review keeps the original time")
    }

    @Test func needsReviewWhenRecheckDaysPass() throws {
        try succeed("accounts", "add", "testgram")
        for step in ["open-form", "object-app", "send"] { try succeed("tick", "testgram", step) }
        let soon = try #require((try succeed("status", "--json", environment: ["OPTOUT_NOW": "2025-11-01T10:00:00Z"]).json()["accounts"] as? [[String: Any]])?.first)
        #expect(soon["status"] as? String == "opted-out")
        let late = try #require((try succeed("status", "--json", environment: ["OPTOUT_NOW": "2025-12-01T10:00:00Z"]).json()["accounts"] as? [[String: Any]])?.first)
        #expect(late["status"] as? String == "needs-review")
    }

    @Test func notes() throws {
        try succeed("accounts", "add", "testgram")
        #expect(try succeed("note", "testgram", "send", "email of 3 June").stdout == "Note saved on send of testgram.\n")
        let steps = try #require((try succeed("status", "--json").json()["accounts"] as? [[String: Any]])?.first?["steps"] as? [[String: Any]])
        #expect(steps.first { $0["id"] as? String == "send" }?["note"] as? String == "email of 3 June")
        try succeed("note", "testgram", "send", "")
        let cleared = try #require((try succeed("status", "--json").json()["accounts"] as? [[String: Any]])?.first?["steps"] as? [[String: Any]])
        let note = cleared.first { $0["id"] as? String == "send" }?["note"]
        #expect(note == nil || note is NSNull)
    }

}

/// Failures collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}
