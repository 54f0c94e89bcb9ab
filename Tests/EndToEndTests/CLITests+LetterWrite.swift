import Foundation
import Testing

/// `optout letter write`, end to end: each kind to standard output and to its file, the
/// refusal to overwrite, `--mailto` read back by Foundation's URL parser, a holder full of
/// what URLs and mail headers reserve, and the sentences for what is missing.
extension CLITests {
    /// No switch, one step to tick, a privacy contact with an address and Ireland's DPC as lead authority.
    static let boardYAML = """
        id: board
        name: Board
        vendor: Board Inc
        kind: none
        jurisdictions: [EU]
        effect: unknown
        confidence: reported
        last_verified: 2025-05-01
        sources: [{label: News, url: "https://example.com/board"}]
        summary: {en: Licenses posts for AI training., fr: Cède les publications pour entraîner des IA.}
        steps:
          - id: screenshot
            title: {en: Keep a screenshot of the settings, fr: Gardez une capture des réglages}
        contact:
          controller: Board Europe Ltd
          email: privacy@board.example
          postal: ["1 Quay Street", "Dublin 2", "Ireland"]
          country: IE
          authority: ie-dpc
          published: true
          last_verified: 2025-05-01
          confidence: reported
          sources: [{label: Board privacy policy, url: "https://board.example/privacy"}]

        """

    /// The Board account of Marie Dupont, added on 1 June 2025, with the shipped authorities.
    func addBoard(holder: String? = "Marie Dupont", identifier: String? = "marie@example.org") throws {
        try sandbox.addPlatform("board.yaml", Self.boardYAML)
        sandbox.environment["TZ"] = "UTC"
        let binary = try #require(OptOutBinary.url)
        let authorities = sandbox.resources.appendingPathComponent("optout_OptOutCatalog.resources/Authorities")
        if !FileManager.default.fileExists(atPath: authorities.path) {
            try FileManager.default.copyItem(
                at: binary.deletingLastPathComponent().appendingPathComponent("optout_OptOutCatalog.resources/Authorities"), to: authorities)
        }
        var arguments = ["accounts", "add", "board"]
        if let holder { arguments += ["--holder", holder] }
        if let identifier { arguments += ["--identifier", identifier] }
        let result = try sandbox.run(arguments)
        #expect(result.status == 0, "\(result)")
    }

    func letterFile(_ name: String) -> URL { sandbox.root.appendingPathComponent(name) }

    @Test func theObjectionGoesToStandardOutputOrToItsFile() throws {
        try addBoard()
        let before = try Data(contentsOf: sandbox.progress)
        let text = try succeed("letter", "write", "board", "--output", "-").stdout
        #expect(text.hasPrefix("To: Board Europe Ltd <privacy@board.example>\nSubject: Objection under Article 21(1) GDPR"), "\(text)")
        #expect(text.contains("\n\nBoard Europe Ltd\n1 Quay Street\n"))
        #expect(text.contains("registered under marie@example.org") && text.hasSuffix("Marie Dupont\n"))

        let written = try succeed("letter", "write", "board").stdout
        let file = letterFile("optout-letter-board-objection-2025-06-01.txt")
        #expect(written == "Letter (objection) written to \(file.path). Once it is sent, record it: optout letter sent board\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // Nothing is recorded: writing is not sending.
        #expect(try Data(contentsOf: sandbox.progress) == before)

        // An existing file is kept, and replaced with --force.
        try "mine".write(to: file, atomically: true, encoding: .utf8)
        let refusal = try fail("letter", "write", "board")
        #expect(refusal == "optout: \(file.path) already exists: add --force to replace it, or choose another name with --output.")
        #expect(try String(contentsOf: file, encoding: .utf8) == "mine")
        try succeed("letter", "write", "board", "--force")
        #expect(try String(contentsOf: file, encoding: .utf8) == text)

        // --output names a file, or a folder for the default name.
        let named = letterFile("to-board.txt")
        try succeed("letter", "write", "board", "--output", named.path, "--erase")
        #expect(try String(contentsOf: named, encoding: .utf8).contains("Article 17(1)(c)"))
        try FileManager.default.createDirectory(at: letterFile("letters"), withIntermediateDirectories: true)
        try succeed("letter", "write", "board", "-o", letterFile("letters").path)
        #expect(FileManager.default.fileExists(atPath: letterFile("letters/optout-letter-board-objection-2025-06-01.txt").path))
        try refused(["letter", "write", "board", "--output", sandbox.progress.path, "--force"], saying: "is your progress file")
    }

    @Test func theReminderAndTheComplaintTellTheirDates() throws {
        try addBoard()
        for kind in ["reminder", "complaint"] {
            try refused(["letter", "write", "board", "--kind", kind, "--country", "FR"], saying: "has none recorded as sent")
        }
        try succeed("tick", "board", "screenshot")
        try succeed("letter", "sent", "board", environment: Self.on("2025-06-02"))

        // A month later: the reminder, due next, in the file named for it.
        let reminder = try succeed("letter", "write", "board", environment: Self.on("2025-07-03")).stdout
        #expect(reminder.contains("Letter (reminder) written to") && reminder.hasSuffix("optout letter sent board --kind reminder\n"))
        let reminderText = try String(contentsOf: letterFile("optout-letter-board-reminder-2025-07-03.txt"), encoding: .utf8)
        #expect(reminderText.contains("Subject: Reminder: my objection of 2 June 2025"))
        #expect(reminderText.contains("That month ended on 2 July 2025"))
        try succeed("letter", "sent", "board", "--kind", "reminder", environment: Self.on("2025-07-03"))

        // Then the complaint to the CNIL, in French, with every date.
        let complaint = try succeed("letter", "write", "board", "--country", "FR", "-o", "-", environment: Self.on("2025-07-20")).stdout
        #expect(complaint.hasPrefix("To: Commission nationale de l'informatique et des libertés (CNIL), 3 Place de Fontenoy"), "\(complaint)")
        #expect(complaint.contains("Subject: Réclamation au titre de l'article 77 du RGPD contre Board Europe Ltd (Board)"))
        for date in ["1er juin 2025", "2 juin 2025", "2 juillet 2025", "3 juillet 2025", "20 juillet 2025"] {
            #expect(complaint.contains(date), "\(date) in \(complaint)")
        }
        #expect(complaint.contains("Gardez une capture des réglages"))
        #expect(complaint.contains("optout-report-2025-07-20.md"))
        // No country: the lead authority, in its language; or the one asked for.
        let lead = try succeed("letter", "write", "board", "--kind", "complaint", "-o", "-", environment: Self.on("2025-07-20")).stdout
        #expect(lead.hasPrefix("To: \"Data Protection Commission (Ireland, DPC)\" <info@dataprotection.ie>"), "\(lead)")
        let asked = try succeed("letter", "write", "board", "--authority", "de-by-baylda", "-o", "-", environment: Self.on("2025-07-20")).stdout
        #expect(asked.contains("Beschwerde") && asked.contains("20. Juli 2025"), "\(asked)")
        try refused(["letter", "write", "board", "--authority", "xx-nobody"], saying: "'optout catalog authorities' lists them")
        try refused(["letter", "write", "board", "--kind", "reminder", "--erase"], saying: "--erase belongs in the objection only")
        try refused(["letter", "write", "board", "--country", "XX"], saying: "--country takes a two-letter ISO 3166-1 country code", usage: true)
    }

    @Test func theMailtoLinkReadsBackAsTheLetter() throws {
        let holder = "Marie \"Mimi\" O'Neil & Co 100% #1 +=?"
        try addBoard(holder: holder, identifier: "m&m@example.org")
        let text = try succeed("letter", "write", "board", "-o", "-").stdout
        let link = try succeed("letter", "write", "board", "--mailto").stdout
        #expect(link.hasSuffix("\n") && !link.dropLast().contains("\n"))
        let url = String(link.dropLast())
        // Only the one separator of subject and body; every reserved byte of the texts is escaped.
        #expect(url.components(separatedBy: "&").count == 2 && url.components(separatedBy: "?").count == 2)
        #expect(!url.contains("\"") && !url.contains(" ") && !url.contains("#") && !url.contains("+"))
        #expect(url.contains("Marie%20%22Mimi%22%20O%27Neil%20%26%20Co%20100%25%20%231%20%2B%3D%3F"))

        let parts = try #require(URLComponents(string: url), "\(url)")
        #expect(parts.scheme == "mailto" && parts.path == "privacy@board.example")
        let items = try #require(parts.queryItems)
        #expect(items.map(\.name) == ["subject", "body"])
        let subject = try #require(items[0].value), body = try #require(items[1].value)
        let (head, rest) = try #require(Self.split(text))
        #expect(head == ["To: Board Europe Ltd <privacy@board.example>", "Subject: " + subject])
        #expect(body.replacingOccurrences(of: "\r\n", with: "\n") == rest)
        #expect(body.contains(holder) && body.contains("registered under m&m@example.org"))
    }

    /// The `To:` and `Subject:` lines, and the body after the blank line.
    static func split(_ text: String) -> ([String], String)? {
        guard let blank = text.range(of: "\n\n") else { return nil }
        return (text[..<blank.lowerBound].components(separatedBy: "\n"), String(text[blank.upperBound...]))
    }

    @Test func aLongLetterLeavesItsBodyOutOfTheLink() throws {
        try addBoard()
        try succeed("tick", "board", "screenshot")
        try succeed("letter", "sent", "board")
        try succeed("letter", "sent", "board", "--kind", "reminder", environment: Self.on("2025-07-02"))
        try succeed("letter", "answered", "board", "--note", "We rely on our legitimate interests.", environment: Self.on("2025-07-10"))
        let result = try sandbox.run(["letter", "write", "board", "--kind", "complaint", "--mailto"], environment: Self.on("2025-07-20"))
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("mailto:info@dataprotection.ie?subject=Complaint%20under%20Article%2077") && !result.stdout.contains("&body="))
        #expect(result.stderrLines.count == 1 && result.stderrLines.first?.contains("too long for a mail link") == true, "\(result)")
        // The CNIL takes complaints by form and post only.
        try refused(["letter", "write", "board", "--kind", "complaint", "--mailto", "--country", "FR"], saying: "publishes no email address",
                    environment: Self.on("2025-07-20"))
        try refused(["letter", "write", "board", "--mailto", "--output", "x.txt"], saying: "not both")
    }

    @Test func aLetterWithGapsIsWrittenAndSaysWhatFillsThem() throws {
        try addBoard(holder: nil, identifier: nil)
        let result = try sandbox.run(["letter", "write", "board", "-o", "-"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("[your name]") && result.stdout.contains("[the email address, username or phone number of your account]"))
        #expect(result.stderrLines == ["The letter leaves gaps for the holder's name and for what the platform knows the account by: fill them in "
            + "before sending, or save them with 'optout accounts set board --holder NAME --identifier ID' and write the letter again."])
        try succeed("accounts", "set", "board", "--holder", "Marie Dupont")
        let identifier = try sandbox.run(["letter", "write", "board"])
        #expect(identifier.status == 0 && identifier.stdout.contains("written to"), "\(identifier)")
        #expect(identifier.stderrLines.count == 1 && identifier.stderrLines.first?.contains("--identifier ID") == true)
        #expect(FileManager.default.fileExists(atPath: letterFile("optout-letter-board-objection-2025-06-01.txt").path))
    }

    @Test func withoutAContactOrAnAuthorityTheLetterIsRefused() throws {
        try succeed("accounts", "add", "nothing")
        #expect(try fail("letter", "write", "nothing").contains("Nothing publishes no privacy contact that optout knows of"))
        try addForum()
        try succeed("letter", "sent", "forum")
        // Forum names no lead authority: with no country set there is none to write to.
        try addBoard()
        try refused(["letter", "write", "forum", "--kind", "complaint"], saying: "no country is set")
        try refused(["letter", "write", "forum", "--kind", "complaint", "--country", "DE"], saying: "no Land is set")
        try refused(["letter", "write", "forum", "--kind", "complaint", "--country", "CH"], saying: "optout knows no data protection authority for CH")
        #expect(!FileManager.default.fileExists(atPath: letterFile("optout-letter-forum-complaint-2025-06-01.txt").path))
    }
}
