import Foundation
import Testing

/// Who writes and the letters, end to end: `accounts add --holder/--identifier`, `accounts
/// set`, `letter sent/extended/answered`, the status across the deadline on a fixed clock, the
/// reports, and every refusal leaving the progress file byte for byte as it was.
extension CLITests {
    static let forumYAML = """
        id: forum
        name: Forum
        vendor: Forum Ltd
        kind: none
        jurisdictions: [EU]
        effect: unknown
        confidence: reported
        last_verified: 2025-05-01
        sources: [{label: News, url: "https://example.com/forum"}]
        summary: {en: Licenses posts for AI training., fr: Cède les publications pour entraîner des IA.}
        contact:
          controller: Forum Europe Ltd
          email: privacy@forum.example
          country: IE
          published: true
          last_verified: 2025-05-01
          confidence: reported
          sources: [{label: Forum privacy policy, url: "https://forum.example/privacy"}]

        """

    /// The Forum account, added on 1 June 2025 (the sandbox's clock), days said in UTC.
    func addForum(_ extra: String...) throws {
        try sandbox.addPlatform("forum.yaml", Self.forumYAML)
        sandbox.environment["TZ"] = "UTC"
        let result = try sandbox.run(["accounts", "add", "forum"] + extra)
        #expect(result.status == 0, "\(result)")
    }

    /// The clock at noon UTC on `day`.
    static func on(_ day: String) -> [String: String?] { ["OPTOUT_NOW": day + "T12:00:00Z"] }

    /// `arguments` fail with one sentence containing `expected` (a usage error: ArgumentParser's
    /// usage lines follow it), and the progress file is the same bytes.
    func refused(_ arguments: [String], saying expected: String, usage: Bool = false, environment: [String: String?] = [:],
                 sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try Data(contentsOf: sandbox.progress)
        let result = try sandbox.run(arguments, environment: environment)
        #expect(usage ? result.status != 0 : result.status == 1, "\(arguments): \(result)", sourceLocation: sourceLocation)
        #expect((usage || result.stderrLines.count == 1) && result.stderrLines.first?.contains(expected) == true, "\(arguments): \(result)",
                sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("\u{1b}"), sourceLocation: sourceLocation)
        #expect(try Data(contentsOf: sandbox.progress) == before, "\(arguments) changed the file", sourceLocation: sourceLocation)
    }

    @Test func theHolderAndIdentifierStayInThePrivateFile() throws {
        try addForum("--label", "forum-marie", "--holder", "Marie Dupont", "--identifier", "marie@example.org")
        var account = try #require((try progressJSON()["accounts"] as? [[String: Any]])?.first)
        #expect(account["holder"] as? String == "Marie Dupont")
        #expect(account["identifier"] as? String == "marie@example.org")
        let mode = try FileManager.default.attributesOfItem(atPath: sandbox.progress.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        #expect(try succeed("accounts", "set", "forum", "--holder", "").stdout.contains("Holder of forum removed."))
        try succeed("accounts", "set", "forum", "--identifier", "u/marie")
        account = try #require((try progressJSON()["accounts"] as? [[String: Any]])?.first)
        #expect(account["holder"] == nil)
        #expect(account["identifier"] as? String == "u/marie")
        let history = try #require(try progressJSON()["history"] as? [[String: Any]])
        #expect(history.compactMap { $0["action"] as? String } == ["add-account", "holder", "identifier", "holder", "identifier"])
        #expect(try succeed("accounts", "list").stdout.contains("<u/marie>"))
    }

    @Test func aHolderOrIdentifierThatIsNotOneSafeLineIsRefused() throws {
        try addForum()
        for bad in ["Marie\u{1b}[31m", "Marie\nDupont", String(repeating: "x", count: 201)] {
            try refused(["accounts", "set", "forum", "--holder", bad], saying: "at most 200 characters")
            try refused(["accounts", "set", "forum", "--holder", "Marie", "--identifier", bad], saying: "at most 200 characters")
        }
        try refused(["accounts", "set", "forum"], saying: "--holder", usage: true)
        // Adding with a bad holder adds nothing.
        try refused(["accounts", "add", "forum", "--holder", "\u{9b}31m"], saying: "at most 200 characters")
    }

    @Test func theDeadlineAcrossItsDays() throws {
        try addForum()
        let sent = try succeed("letter", "sent", "forum").stdout
        #expect(sent == "Recorded for forum: objection sent on 1 June 2025. Status: submitted; awaiting an answer until 1 July 2025.\n")

        let json = try succeed("status", "--json").json()
        let account = try #require((json["accounts"] as? [[String: Any]])?.first)
        let letter = try #require((account["letters"] as? [[String: Any]])?.first)
        #expect(letter["kind"] as? String == "objection")
        #expect(letter["sentAt"] as? String == "2025-06-01" && letter["dueAt"] as? String == "2025-07-01")
        #expect(letter["extendedDueAt"] is NSNull && letter["answeredAt"] is NSNull && letter["late"] as? Bool == false)
        let next = try #require(account["nextAction"] as? [String: Any])
        #expect(next["kind"] as? String == "reminder" && next["from"] as? String == "2025-07-02")

        let dueDay = try succeed("status", environment: Self.on("2025-07-01")).stdout
        #expect(dueDay.contains("✉ submitted") && dueDay.contains("forum: awaiting an answer until 1 July 2025"))
        #expect(!dueDay.contains("need"))
        let after = try succeed("status", environment: Self.on("2025-07-02")).stdout
        #expect(after.contains("1 account needs a reminder\n"))
        #expect(after.contains("⚠ overdue"))
        #expect(after.contains("forum: the answer was due on 1 July 2025; time to send the reminder"))

        // The reminder, then the complaint a fortnight later.
        let reminded = try succeed("letter", "sent", "forum", environment: Self.on("2025-07-02")).stdout
        #expect(reminded.contains("reminder sent on 2 July 2025") && reminded.contains("complaint from 17 July 2025"))
        #expect(try succeed("status", environment: Self.on("2025-07-17")).stdout.contains("1 account needs a complaint\n"))
        let fr = try succeed("status", "--lang", "fr", environment: Self.on("2025-07-17")).stdout
        #expect(fr.contains("1 compte attend une plainte") && fr.contains("⚠ en retard"))

        let answered = try succeed("letter", "answered", "forum", "--note", "Refused, see their email", environment: Self.on("2025-07-20")).stdout
        #expect(answered.contains("answer received on 20 July 2025") && answered.contains("opted out"))
        let done = try succeed("status", "--json", environment: Self.on("2025-07-20")).json()
        let final = try #require((done["accounts"] as? [[String: Any]])?.first)
        #expect(final["status"] as? String == "opted-out")
        #expect(final["nextAction"] is NSNull)
        let letters = try #require(final["letters"] as? [[String: Any]])
        #expect(letters.map { $0["late"] as? Bool } == [true, true])
        #expect(letters.last?["note"] as? String == "Refused, see their email")
    }

    @Test func anExtensionInTimeAndOneTooLate() throws {
        try addForum()
        try succeed("letter", "sent", "forum", "--on", "2025-05-10")
        let extended = try succeed("letter", "extended", "forum", "--on", "2025-05-20").stdout
        #expect(extended.contains("awaiting an answer until 10 August 2025"))
        try refused(["letter", "extended", "forum"], saying: "already extended on 20 May 2025")

        try succeed("accounts", "add", "forum")
        try succeed("letter", "sent", "forum-2", "--on", "2025-04-01")
        let late = try succeed("letter", "extended", "forum-2", "--on", "2025-05-15").stdout
        #expect(late.contains("this one came later, so the answer stays due on 1 May 2025"))
        #expect(late.contains("overdue"))
    }

    @Test func everyLetterRefusalLeavesTheFileAsItWas() throws {
        try addForum()
        try refused(["letter", "answered", "forum"], saying: "No letter of forum is recorded yet")
        try refused(["letter", "extended", "forum"], saying: "No letter of forum is recorded yet")
        try refused(["letter", "sent", "forum", "--on", "2025-06-02"], saying: "2 June 2025 is in the future")
        try refused(["letter", "sent", "forum", "--on", "2018-05-24"], saying: "before 25 May 2018")
        try refused(["letter", "sent", "forum", "--on", "01/06/2025"], saying: "\"01/06/2025\" is not a date")
        try refused(["letter", "sent", "forum", "--on", "2025-02-30"], saying: "is not a date")
        try refused(["letter", "sent", "forum", "--on", "\u{1b}]0;x\u{07}"], saying: "is not a date")
        try refused(["letter", "sent", "forum", "--kind", "letter"], saying: "letter", usage: true)
        try succeed("letter", "sent", "forum", "--on", "2025-05-01")
        try refused(["letter", "sent", "forum", "--kind", "objection", "--on", "2025-05-01"], saying: "already has this letter")
        try refused(["letter", "answered", "forum", "--on", "2025-04-30"], saying: "before the letter it is about went out (1 May 2025)")
        try refused(["letter", "answered", "forum", "--note", String(repeating: "x", count: 2001)], saying: "2000")
        // A platform with a form and no contact: the letter has nowhere to go.
        try succeed("accounts", "add", "testgram")
        try refused(["letter", "sent", "testgram"], saying: "publishes no privacy contact")
        try refused(["tick", "forum", "anything"], saying: "Forum has no switch or form to tick: the way is a letter")
    }

    @Test func reportsTellTheLettersAndRedactWhoWrites() throws {
        try addForum("--holder", "Marie Dupont", "--identifier", "marie@example.org")
        try succeed("letter", "sent", "forum", "--on", "2025-05-01")
        try succeed("letter", "answered", "forum", "--note", "Refused \u{1b}[2J by ref 9931", environment: Self.on("2025-06-10"))
        for format in ["markdown", "html", "json", "csv"] {
            let plain = try succeed("export", "--format", format, "--output", "-", environment: Self.on("2025-06-10")).stdout
            #expect(plain.contains("Marie Dupont") && plain.contains("marie@example.org") && plain.contains("ref 9931"), "\(format)")
            #expect(plain.contains("2025-06-01") || plain.contains("1 June 2025"), "\(format): the due day")
            #expect(!plain.contains("\u{1b}"), "\(format)")
            let redacted = try succeed("export", "--format", format, "--output", "-", "--redact", environment: Self.on("2025-06-10")).stdout
            for personal in ["Marie Dupont", "marie@example.org", "ref 9931"] {
                #expect(!redacted.contains(personal), "\(personal) in the redacted \(format)")
            }
        }
        let status = try succeed("status", environment: Self.on("2025-06-10")).stdout
        #expect(status.contains("forum: answered on 10 June 2025"))
    }
}
