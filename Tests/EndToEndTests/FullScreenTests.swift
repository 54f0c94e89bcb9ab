import Foundation
import Testing

/// The real binary in tmux, as a person would use it.
@Suite(.serialized)
struct FullScreenTests {
    @Test func addAccountByFilterTickQuitAndFindItKept() throws {
        let sandbox = try TerminalSandbox()
        do {
        let session = try TmuxSession(arguments: [], environment: sandbox.environment(), folder: sandbox.folder)
        try session.waitFor("Press a to add your first account")
        try session.send("a")
        try session.waitFor("Add an account")
        try session.type("insta")
        let filtered = try session.waitUntil(describing: "only Instagram") { $0.contains("Instagram") && !$0.contains("Facebook") }
        #expect(!filtered.contains("WhatsApp"))
        try session.send("Enter")
        try session.waitFor("A label to tell this account apart")
        try session.type("@marie")
        try session.send("Enter")
        try session.waitFor("Instagram · @marie")
        // The cursor is on the first route of the "open the form" group: one Space ticks it.
        try session.send("Space")
        try session.waitUntil(describing: "the tick and its message") { $0.contains("saved") && $0.contains("[✔]") }
        try session.send("q")
        try session.waitForExit()

        let json = try sandbox.progressJSON()
        let accounts = try #require(json["accounts"] as? [[String: Any]])
        #expect(accounts.count == 1)
        #expect(accounts.first?["label"] as? String == "@marie")
        let ticks = try #require(accounts.first?["ticks"] as? [String: Any])
        #expect(ticks.count == 1)
        }

        let again = try TmuxSession(arguments: [], environment: sandbox.environment(), folder: sandbox.folder)
        let dashboard = try again.waitFor("@marie")
        #expect(dashboard.contains("in progress"))
        try again.send("Enter")
        try again.waitFor("[✔]")
        try again.send("C-c")
        try again.waitForExit()
    }

    @Test func helpListsTheKeysOfTheView() throws {
        let sandbox = try TerminalSandbox()
        let session = try TmuxSession(arguments: [], environment: sandbox.environment(), folder: sandbox.folder)
        try session.waitFor("Press a")
        try session.send("?")
        // The frame may be captured half drawn: wait for the whole of it.
        try session.waitUntil(describing: "the help of the dashboard") {
            $0.contains("Keys (Esc closes)") && $0.contains("Add an account to track") && $0.contains("Search accounts and steps")
        }
        try session.send("Escape")
        try session.waitUntil(describing: "help closed") { !$0.contains("Keys (Esc closes)") }
    }

    @Test func resizeToTooSmallAndBack() throws {
        let sandbox = try TerminalSandbox()
        let session = try TmuxSession(arguments: [], environment: sandbox.environment(), folder: sandbox.folder)
        try session.waitFor("Press a")
        try session.resize(width: 30, height: 8)
        try session.waitFor("Terminal too small")
        try session.resize(width: 100, height: 30)
        try session.waitFor("Press a to add your first account")
    }

    @Test func noColorDrawsNoColourAndShowsTheSelectionReversed() throws {
        let sandbox = try TerminalSandbox()
        let setup = try TmuxSession(arguments: [], environment: sandbox.environment(), folder: sandbox.folder)
        try setup.waitFor("Press a")
        try setup.send("a")
        try setup.type("faceb")
        try setup.send("Enter")
        try setup.waitFor("A label")
        try setup.send("Enter")
        try setup.waitFor("Facebook")
        try setup.send("q")
        try setup.waitForExit()

        let session = try TmuxSession(arguments: [], environment: sandbox.environment(["NO_COLOR": "1"]), folder: sandbox.folder)
        try session.waitUntil(describing: "the whole dashboard") { $0.contains("Facebook") && $0.contains("q quit") }
        let painted = try session.screen(escapes: true)
        // Foreground or background colours are SGR 30-37, 38;..., 40-47, 48;..., 90-107.
        let colour = try Regex(#"\u{1b}\[[0-9;]*(3[0-8]|4[0-8]|9[0-7]|10[0-7])[;m]"#)
        #expect(painted.firstMatch(of: colour) == nil, "colour codes found with NO_COLOR")
        #expect(painted.contains("\u{1b}[7m") || painted.contains(";7m") || painted.contains("[7;"), "selection not in reverse video")
    }

    @Test func frenchFromTheLocale() throws {
        let sandbox = try TerminalSandbox()
        let session = try TmuxSession(arguments: [], environment: sandbox.environment(["LANG": "fr_FR.UTF-8"]), folder: sandbox.folder)
        try session.waitFor("Appuyez sur a pour ajouter votre premier compte")
        try session.send("?")
        try session.waitFor("Touches (Échap ferme)")
    }

    /// A German user with their usual LANG: adds an account, ticks a step and exports a
    /// report, all in German.
    @Test func germanFromTheLocaleAddTickAndExport() throws {
        let sandbox = try TerminalSandbox()
        let session = try TmuxSession(arguments: [], environment: sandbox.environment(["LANG": "de_DE.UTF-8"]), folder: sandbox.folder)
        try session.waitFor("Konto")
        try session.send("a")
        try session.waitFor("Konto hinzufügen")
        try session.type("insta")
        try session.send("Enter")
        try session.send("Enter")
        try session.waitFor("Instagram")
        try session.send("Space")
        try session.waitUntil(describing: "the tick, said in German") { $0.contains("abgehakt; gespeichert") && $0.contains("[✔]") }
        try session.send("e")
        try session.waitFor("Bericht exportieren")
        try session.send("Enter")
        try session.waitFor("Bericht gespeichert")
        try session.send("q")
        try session.waitForExit()
        let files = try FileManager.default.contentsOfDirectory(atPath: sandbox.folder.path).filter { $0.hasSuffix(".md") }
        let report = try #require(files.first, "a Markdown report in \(sandbox.folder.path): \(files)")
        let text = try String(contentsOf: sandbox.folder.appendingPathComponent(report), encoding: .utf8)
        #expect(text.contains("# Bericht zum Widerspruch gegen KI-Training"), "the report's words are German")
        #expect(text.contains("### Schritte"))
        #expect(!text.contains("### Steps"))
    }

    @Test func aSecondViewOpensReadOnly() throws {
        let sandbox = try TerminalSandbox()
        let first = try TmuxSession(arguments: [], environment: sandbox.environment(), folder: sandbox.folder)
        try first.waitFor("Press a")
        let second = try TmuxSession(arguments: [], environment: sandbox.environment(), folder: sandbox.folder)
        try second.waitFor("Read-only")
        try second.send("a")
        try second.waitFor("Add an account")
    }

    @Test func withoutTermItSaysSoInOneSentence() throws {
        let sandbox = try TerminalSandbox()
        var environment = sandbox.environment()
        environment["TERM"] = nil
        let session = try TmuxSession(arguments: [], environment: environment, folder: sandbox.folder)
        try session.waitForExit()
        let screen = try session.screen()
        #expect(screen.contains("TERM"))
        #expect(!screen.contains("Fatal error"))
    }
}
