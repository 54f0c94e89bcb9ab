import Foundation
import Testing

/// The letter route as a person takes it, in the real binary in tmux: a platform with no
/// switch, the objection written and marked sent, a month later overdue and the reminder,
/// then the complaint to the CNIL with every date; the report tells the whole story.
@Suite(.serialized)
struct FullScreenLetterTests {
    func at(_ sandbox: TerminalSandbox, _ day: String) -> [String: String] {
        sandbox.environment(["OPTOUT_NOW": day + "T10:00:00Z"])
    }

    @Test func objectionThenReminderThenComplaint() throws {
        let sandbox = try TerminalSandbox()
        let config = sandbox.folder.appendingPathComponent("config/optout")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "country: FR\n".write(to: config.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)

        // 1 June 2026: Reddit added; it has no switch, the pane says the letter is the way.
        do {
            let session = try TmuxSession(arguments: [], environment: at(sandbox, "2026-06-01"), width: 100, height: 30, folder: sandbox.folder)
            try session.waitFor("Press a to add your first account")
            try session.send("a")
            try session.waitFor("Add an account")
            try session.type("reddit")
            try session.waitFor("Reddit")
            try session.send("Enter")
            try session.waitFor("A label to tell this account apart")
            try session.send("Enter")
            try session.waitFor("press l for the letter")
            try session.send("l")
            try session.waitFor("Whose account is this?")
            try session.type("Marie Dupont")
            try session.send("Enter")
            try session.waitFor("What does Reddit know this account by?")
            try session.type("u/marie")
            try session.send("Enter")
            let letter = try session.waitUntil(describing: "the objection, signed") {
                $0.contains("[objection]") && $0.contains("To: ") && $0.contains("u/marie")
            }
            #expect(letter.contains("Subject: Objection under Article 21(1) GDPR"))
            try session.send("s")
            try session.waitFor("Letter saved to")
            try session.send("t")
            try session.waitFor("awaiting an answer until 1 July 2026")
            try session.send("q")
            try session.waitForExit()
        }
        let objection = try String(contentsOf: sandbox.folder.appendingPathComponent("optout-letter-reddit-objection-2026-06-01.txt"), encoding: .utf8)
        #expect(objection.hasPrefix("To: "))
        #expect(objection.contains("Marie Dupont"))

        // 5 July: the answer is late; the view opens on the reminder, which is marked sent.
        do {
            let session = try TmuxSession(arguments: [], environment: at(sandbox, "2026-07-05"), width: 100, height: 30, folder: sandbox.folder)
            try session.waitUntil(describing: "the account overdue") { $0.contains("overdue") && $0.contains("Reddit") }
            try session.send("l")
            let reminder = try session.waitFor("[reminder]")
            #expect(reminder.contains("1 June 2026"), "the reminder refers to the objection by its date")
            try session.send("t")
            try session.waitFor("Letters of")
            try session.send("q")
            try session.waitForExit()
        }

        // 25 July: no answer to the reminder either: the complaint, to the CNIL, saved.
        do {
            let session = try TmuxSession(arguments: [], environment: at(sandbox, "2026-07-25"), width: 100, height: 30, folder: sandbox.folder)
            try session.waitFor("Reddit")
            try session.send("l")
            try session.waitUntil(describing: "the complaint and the two authorities") {
                $0.contains("[complaint]") && $0.contains("your authority") && $0.contains("lead authority")
            }
            try session.send("s")
            try session.waitFor("Letter saved to")
            try session.send("q")
            try session.waitForExit()
        }
        let complaint = try String(contentsOf: sandbox.folder.appendingPathComponent("optout-letter-reddit-complaint-2026-07-25.txt"), encoding: .utf8)
        #expect(complaint.contains("CNIL"))
        for day in ["1er juin 2026", "5 juillet 2026", "1er juillet 2026"] {
            #expect(complaint.contains(day), "the complaint, in the CNIL's French, tells \(day)")
        }

        // The report tells it too: every letter with its dates.
        let json = try sandbox.progressJSON()
        let accounts = try #require(json["accounts"] as? [[String: Any]])
        let letters = try #require(accounts.first?["letters"] as? [[String: Any]])
        #expect(letters.compactMap { $0["kind"] as? String } == ["objection", "reminder"])
        #expect(accounts.first?["holder"] as? String == "Marie Dupont")
    }
}

/// The `A` key in the real binary: a confirmation email attached by a path completed with
/// Tab from `~`, then `optout verify` finds the evidence intact.
@Suite(.serialized)
struct FullScreenAttachTests {
    @Test func attachTheConfirmationEmailFromTheChecklist() throws {
        let sandbox = try TerminalSandbox()
        let mail = sandbox.folder.appendingPathComponent("Mail")
        try FileManager.default.createDirectory(at: mail, withIntermediateDirectories: true)
        let email = "From: Meta <noreply@meta.example>\r\nSubject: Your objection request\r\nDate: Tue, 3 Jun 2025 09:12:00 +0000\r\n\r\nReceived.\r\n"
        try Data(email.utf8).write(to: mail.appendingPathComponent("meta-confirmation.eml"))
        let session = try TmuxSession(arguments: [], environment: sandbox.environment(["OPTOUT_NOW": "2025-06-03T12:00:00Z"]),
                                      width: 110, height: 32, folder: sandbox.folder)
        try session.waitFor("Press a to add your first account")
        try session.send("a")
        try session.type("insta")
        try session.waitFor("Instagram")
        try session.send("Enter")
        try session.waitFor("A label to tell this account apart")
        try session.send("Enter")
        // The cursor is on the first route of the form group: go to a step of its own.
        try session.waitFor("Instagram")
        try session.send("End")
        try session.waitFor("No evidence yet")
        try session.send("A")
        try session.waitFor("Tab completes it")
        try session.type("~/Ma")
        try session.send("Tab")
        try session.waitFor("~/Mail/")
        try session.send("Tab")
        try session.waitFor("~/Mail/meta-confirmation.eml")
        try session.send("Enter")
        try session.waitUntil(describing: "the email shown with its step") {
            $0.contains("meta-confirmation.eml") && $0.contains("Your objection request")
        }
        try session.send("q")
        try session.waitForExit()

        let verify = try TmuxSession(arguments: ["verify"], environment: sandbox.environment(), folder: sandbox.folder)
        try verify.waitFor("1 evidence file intact")
    }
}
