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
        #expect(try succeed("status").stdout.contains("No accounts tracked yet"))
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
        #expect(text.contains("2025-06-01"))
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

    // MARK: The catalog

    @Test func catalogList() throws {
        let text = try succeed("catalog", "list").stdout
        #expect(text.contains("testgram"))
        #expect(text.contains("Testbook"))
        #expect(text.contains("3 platforms"))
        let json = try succeed("catalog", "list", "--json").json()
        let platforms = try #require(json["platforms"] as? [[String: Any]])
        #expect(Set(platforms.compactMap { $0["id"] as? String }) == ["testgram", "testbook", "nothing"])
        let testgram = try #require(platforms.first { $0["id"] as? String == "testgram" })
        #expect(testgram["name"] as? String == "Testgram")
        #expect(testgram["kind"] as? String == "objection")
        #expect(testgram["confidence"] as? String == "verified")
        #expect(testgram["group"] as? String == "testmeta")
        #expect(json["catalogRevision"] is String)
    }

    @Test func catalogShow() throws {
        let text = try succeed("catalog", "show", "testgram").stdout
        #expect(text.contains("Testgram (testgram)"))
        #expect(text.contains("[object-web] On the web"))
        #expect(text.contains("https://example.com/form"))
        #expect(text.contains("any one route will do"))

        let json = try succeed("catalog", "show", "testgram", "--json").json()
        for key in ["id", "name", "vendor", "group", "kind", "jurisdictions", "effect", "confidence", "last_verified",
                    "recheck_days", "sources", "summary", "steps"] {
            #expect(json.keys.contains(key), "missing \(key)")
        }
        #expect(json["last_verified"] as? String == "2025-05-01")
        #expect(json["recheck_days"] as? Int == 180)
        #expect((json["summary"] as? [String: String])?["fr"] == "Opposez-vous à l'entraînement sur vos publications.")
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.map { $0["id"] as? String } == ["open-form", "object", "send", "keep-proof"])
        #expect(steps[1]["any_of"] as? Bool == true)
        #expect((steps[1]["steps"] as? [[String: Any]])?.map { $0["id"] as? String } == ["object-app", "object-web"])
        #expect((steps[0]["title"] as? [String: String]) == ["en": "Open the form", "fr": "Ouvrez le formulaire"])
        #expect(steps[2]["milestone"] as? String == "submitted")

        #expect(try fail("catalog", "show", "myspace").hasPrefix("optout: There is no platform 'myspace'"))
    }

    @Test func catalogValidateAGoodFile() throws {
        let good = try sandbox.write(Self.testgramYAML, to: "good.yaml")
        let result = try succeed("catalog", "validate", good.path)
        #expect(result.stdout == "1 file valid.\n")
        let two = try sandbox.write(Self.testbookYAML, to: "two.yaml")
        #expect(try succeed("catalog", "validate", good.path, two.path).stdout == "2 files valid.\n")
    }

    @Test func catalogValidateABadFile() throws {
        let bad = try sandbox.write(Self.testgramYAML
            .replacingOccurrences(of: "confidence: verified", with: "confidance: verified")
            .replacingOccurrences(of: "last_verified: 2025-05-01", with: "last_verified: 2025-02-30")
            .replacingOccurrences(of: "url: https://example.com/form", with: "url: http://example.com/form"), to: "bad.yaml")
        let result = try run("catalog", "validate", bad.path)
        #expect(result.status == 1)
        let lines = result.stderrLines
        #expect(lines.contains("\(bad.path):8:1: unknown field 'confidance'; did you mean 'confidence'?"))
        #expect(lines.contains("\(bad.path):1:1: missing required field 'confidence'"))
        #expect(lines.contains("\(bad.path):9:16: 'last_verified' must be a YYYY-MM-DD date (found '2025-02-30')"))
        #expect(lines.contains("\(bad.path):19:10: 'url' must be an https:// address (found 'http://example.com/form')"))
        #expect(lines.last == "4 problems found.")
        #expect(!result.stderr.contains("Fatal error"))

        // French, and a file that does not exist.
        let french = try run("catalog", "validate", bad.path, "missing.yaml", "--lang", "fr")
        #expect(french.status == 1)
        #expect(french.stderrLines.contains("\(bad.path):8:1: champ inconnu « confidance » ; vouliez-vous dire « confidence » ?"))
        #expect(french.stderrLines.contains { $0.hasPrefix("missing.yaml:1:1: le fichier ne peut pas être lu") })
        #expect(french.stderrLines.last == "5 problèmes trouvés.")

        let syntax = try sandbox.write("id: x\nname: a: b\n", to: "syntax.yaml")
        let syntaxResult = try run("catalog", "validate", syntax.path)
        #expect(syntaxResult.status == 1)
        #expect(syntaxResult.stderrLines.first?.hasPrefix("\(syntax.path):2:8: not valid YAML") == true)
    }

    @Test func aBrokenUserCatalogFileIsReportedAndSkipped() throws {
        try sandbox.addPlatform("broken.yaml", Self.testbookYAML.replacingOccurrences(of: "id: testbook", with: "id: broken\nconfidance: x"))
        let result = try run("catalog", "list", "--json")
        #expect(result.status == 0)
        #expect(result.stderr.contains("broken.yaml:2:1: unknown field 'confidance'"))
        #expect(result.stderr.contains("skipped until they are fixed"))
        let platforms = try #require(try result.json()["platforms"] as? [[String: Any]])
        #expect(!platforms.contains { $0["id"] as? String == "broken" })
    }

    @Test func theShippedCatalogIsFoundBesideTheBinary() throws {
        // Without OPTOUT_RESOURCES: the bundle built with optout. Its content is not tested here.
        let result = try run("catalog", "list", "--json", environment: ["OPTOUT_RESOURCES": nil])
        #expect(result.status == 0, "\(result)")
        let platforms = try #require(try result.json()["platforms"] as? [[String: Any]])
        #expect(platforms.contains { $0["id"] as? String == "testgram" }, "user files add platforms")
    }

    // MARK: Languages

    @Test func frenchByOptionByEnvironmentAndByConfig() throws {
        #expect(try succeed("accounts", "add", "testgram", "--lang", "fr").stdout == "Compte testgram ajouté.\n")
        #expect(try succeed("accounts", "add", "testbook", environment: ["LANG": "fr_FR.UTF-8"]).stdout == "Compte testbook ajouté.\n")
        let status = try succeed("status", environment: ["LANG": "fr_FR.UTF-8"]).stdout
        #expect(status.contains("STATUT"))
        #expect(status.contains("pas commencé"))
        #expect(try fail("tick", "nobody", "send", environment: ["LANG": "fr_FR.UTF-8"])
            == "optout: Aucun compte « nobody » : « optout accounts list » montre les comptes suivis.")
        // --lang wins over LANG.
        #expect(try succeed("status", "--lang", "en", environment: ["LANG": "fr_FR.UTF-8"]).stdout.contains("STATUS"))
        // The config file too.
        try "language: fr\n".write(to: sandbox.configHome.appendingPathComponent("optout/config.yaml"), atomically: true, encoding: .utf8)
        #expect(try succeed("status").stdout.contains("STATUT"))
        let show = try succeed("catalog", "show", "testgram").stdout
        #expect(show.contains("Ouvrez le formulaire"))
    }

    // MARK: The progress file

    @Test func aBrokenProgressFileIsLeftUntouched() throws {
        let broken = Data("{\"schemaVersion\": 1, \"accounts\": [{\"id\": \"tes".utf8)
        try broken.write(to: sandbox.progress)
        for command in [["accounts", "add", "testgram"], ["tick", "testgram", "send"], ["status"], ["accounts", "list", "--json"]] {
            let result = try sandbox.run(command)
            #expect(result.status == 1, "\(command): \(result)")
            #expect(result.stderrLines.count == 1)
            #expect(result.stderr.contains(sandbox.progress.path))
            #expect(result.stderr.contains("left it untouched"))
            #expect(try Data(contentsOf: sandbox.progress) == broken)
        }
        let newer = Data("{\"schemaVersion\": 99, \"accounts\": []}".utf8)
        try newer.write(to: sandbox.progress)
        let line = try fail("accounts", "add", "testgram")
        #expect(line.contains("newer optout"))
        #expect(try Data(contentsOf: sandbox.progress) == newer)
    }

    @Test func theDataOptionAfterTheSubcommand() throws {
        let other = sandbox.root.appendingPathComponent("elsewhere/mine.json")
        try succeed("accounts", "add", "testgram", "--data", other.path)
        #expect(FileManager.default.fileExists(atPath: other.path))
        #expect(!FileManager.default.fileExists(atPath: sandbox.progress.path))
        let json = try succeed("status", "--data", other.path, "--json").json()
        #expect((json["accounts"] as? [[String: Any]])?.count == 1)
        #expect(try succeed("status").stdout.contains("No accounts tracked yet"), "OPTOUT_DATA is another file")
    }

    @Test func theDefaultPlaceIsPrivate() throws {
        try succeed("accounts", "add", "testgram", environment: ["OPTOUT_DATA": nil])
        let file = sandbox.dataHome.appendingPathComponent("optout/progress.json")
        #expect(FileManager.default.fileExists(atPath: file.path))
        #expect(Self.mode(file) == 0o600)
        #expect(Self.mode(file.deletingLastPathComponent()) == 0o700)
        // Without XDG_DATA_HOME: under HOME.
        try succeed("accounts", "add", "testgram", environment: ["OPTOUT_DATA": nil, "XDG_DATA_HOME": nil])
        let home = sandbox.home.appendingPathComponent(".local/share/optout/progress.json")
        #expect(Self.mode(home) == 0o600)
        #expect(Self.mode(home.deletingLastPathComponent()) == 0o700)
    }

    @Test func noHomeIsAClearError() throws {
        let line = try fail("accounts", "add", "testgram", environment: ["OPTOUT_DATA": nil, "XDG_DATA_HOME": nil, "HOME": nil])
        #expect(line.contains("--data"))
    }

    static func mode(_ url: URL) -> mode_t {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return 0 }
        return info.st_mode & 0o7777
    }

    @Test func twoProcessesTickingAtOnceLoseNothing() throws {
        let count = 24
        try sandbox.addPlatform("many.yaml", Self.manyYAML(count))
        try succeed("accounts", "add", "many")
        let failures = Failures()
        let group = DispatchGroup()
        let sandbox = self.sandbox
        for half in 0..<2 {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                for n in stride(from: half + 1, through: count, by: 2) {
                    do {
                        let result = try sandbox.run(["tick", "many", "s\(n)"])
                        if result.status != 0 { failures.add("s\(n): \(result)") }
                    } catch {
                        failures.add("s\(n): \(error)")
                    }
                }
            }
        }
        group.wait()
        #expect(failures.all.isEmpty, "\(failures.all)")
        let account = try #require((try succeed("status", "--json").json()["accounts"] as? [[String: Any]])?.first)
        #expect(account["done"] as? Int == count)
        #expect(account["status"] as? String == "opted-out")
        let history = try #require(try progressJSON()["history"] as? [[String: Any]])
        #expect(history.filter { $0["action"] as? String == "tick" }.count == count)
    }

    @Test func aHeldLockMakesTheCommandWaitThenSayWhoHoldsIt() throws {
        try succeed("accounts", "add", "testgram")
        let before = try Data(contentsOf: sandbox.progress)
        let lock = sandbox.progress.path + ".lock"
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/bin/sh")
        holder.arguments = ["-c", "exec 9>>\"$1\" && flock -x 9 && echo locked && exec sleep 60", "sh", lock]
        let pipe = Pipe()
        holder.standardOutput = pipe
        try holder.run()
        defer {
            kill(holder.processIdentifier, SIGKILL)
            holder.waitUntilExit()
        }
        #expect(String(decoding: pipe.fileHandleForReading.availableData, as: UTF8.self).hasPrefix("locked"))
        let started = Date()
        let line = try fail("tick", "testgram", "send")
        let waited = Date().timeIntervalSince(started)
        #expect(line.contains("is in use"), "\(line)")
        #expect(!line.contains("pid"), "the optout that added the account is gone: it is not named (\(line))")
        #expect(line.contains("The progress file \(sandbox.progress.path) is in use"), "\(line)")
        #expect(waited >= 2, "it waited a few seconds for the lock (\(waited) s)")
        #expect(try Data(contentsOf: sandbox.progress) == before)

        // Once the holder is killed, the lock is free again.
        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()
        try succeed("tick", "testgram", "send")
    }

    // MARK: Errors

    @Test func usageErrorsExitNonZeroWithoutATrace() throws {
        let badLang = try run("status", "--lang", "de")
        #expect(badLang.status != 0)
        #expect(badLang.stderr.contains("--lang takes en or fr"))
        #expect(!badLang.stderr.contains("Fatal error"))
        let unknown = try run("frobnicate")
        #expect(unknown.status != 0)
        #expect(!unknown.stderr.contains("Fatal error"))
    }
}

/// Failures collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}
