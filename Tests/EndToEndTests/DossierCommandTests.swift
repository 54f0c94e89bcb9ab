import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `optout attach` an email and a screenshot, then `optout export --format dossier`, through
/// the real binary: the file, its mode, its default name, what it says of a missing file.
@Suite struct DossierCommandTests {
    let sandbox: Sandbox

    init() throws {
        sandbox = try Sandbox()
        sandbox.environment["TZ"] = "UTC"
        try sandbox.addPlatform("testgram.yaml", CLITests.testgramYAML)
        let added = try sandbox.run(["accounts", "add", "testgram", "--label", "Marie's"])
        #expect(added.status == 0, "\(added)")
    }

    static let subject = #"<script>alert(1)</script> "><img src=x onerror=alert(1)>"#
    static let email = """
        From: "Meta & Co" <noreply@meta.com>\r
        To: marie@example.com\r
        Date: Sun, 1 Jun 2025 09:12:44 +0200\r
        Subject: \(subject)\r
        Message-ID: <1@meta.example>\r
        \r
        We received your objection.\r

        """

    /// The email on `send` (ticked at its date) and TinyPNG's bytes on `keep-proof`; their hashes.
    func attachBoth() throws -> (email: String, png: String) {
        let mail = try sandbox.write(Self.email, to: "confirmation.eml")
        let first = try sandbox.run(["attach", "testgram", "send", mail.path, "--tick"])
        #expect(first.status == 0, "\(first)")
        let shot = sandbox.root.appendingPathComponent("settings.png")
        try Data(Self.png).write(to: shot)
        let second = try sandbox.run(["attach", "testgram", "keep-proof", shot.path])
        #expect(second.status == 0, "\(second)")
        let hash = { (result: CommandResult) in result.stdout.split(separator: "\n").first.map(String.init) ?? "" }
        return (hash(first), hash(second))
    }

    /// A 1x1 PNG (the bytes ReportTests builds chunk by chunk).
    static let png: [UInt8] = Array(Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAADUlEQVR4AQECAP3/AH8AgQCAfEtsowAAAABJRU5ErkJggg==") ?? Data())

    @Test func theDossierHoldsTheEmailAsTextAndTheScreenshot() throws {
        let (email, png) = try attachBoth()
        let file = sandbox.root.appendingPathComponent("for-the-dpc.html")
        let result = try sandbox.run(["export", "--format", "dossier", "--output", file.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "Dossier written to \(file.path) (2 evidence files: 2 intact); only you can read it.\n")
        #expect(result.stderr.isEmpty)
        #expect(CLITests.mode(file) == 0o600, "it holds the emails and the screenshots")

        let page = try String(contentsOf: file, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>\n"))
        let parser = XMLParser(data: Data(page.utf8))
        #expect(parser.parse(), "well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        #expect(!page.lowercased().contains("<script"))
        #expect(page.contains("<dd>&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;</dd>"))
        #expect(page.contains("<dd>&quot;Meta &amp; Co&quot; &lt;noreply@meta.com&gt;</dd>"))
        #expect(page.contains("<pre class=\"email-text\">We received your objection.</pre>"))
        #expect(page.contains("<img src=\"data:image/png;base64,\(Data(Self.png).base64EncodedString())\" alt=\""))
        #expect(page.contains(email) && page.contains(png))
        #expect(!page.contains("href=\"http"))
        // The report comes first: the account, its ticked step, the history chain.
        #expect(page.contains("<h2>Marie&#39;s <span class=\"platform\">· Testgram</span></h2>"))
        #expect(page.contains("History chain"))
    }

    @Test func itsDefaultNameIsDatedAndAMissingFileIsSaidMissing() throws {
        let (email, _) = try attachBoth()
        try FileManager.default.removeItem(at: sandbox.root.appendingPathComponent("evidence").appendingPathComponent(email))
        let result = try sandbox.run(["export", "--format", "dossier"])
        #expect(result.status == 0, "\(result)")
        let file = sandbox.root.appendingPathComponent("optout-dossier-2025-06-01.html")
        #expect(result.stdout == "Dossier written to \(file.path) (2 evidence files: 1 intact, 1 missing); only you can read it.\n")
        let page = try String(contentsOf: file, encoding: .utf8)
        #expect(page.contains("Missing: the file is no longer in optout&#39;s evidence folder; only its record is left."))
        #expect(!page.contains("We received your objection."), "a missing email's text cannot be shown")
        #expect(page.contains("&lt;script&gt;alert(1)"), "its headers, as recorded when it was attached")

        let again = try sandbox.run(["export", "--format", "dossier"])
        #expect(again.status == 1 && again.stderr.contains("already exists: add --force"), "\(again)")
        let redacted = try sandbox.run(["export", "--format", "dossier", "--redact", "--force"])
        #expect(redacted.status == 0, "\(redacted)")
        #expect(redacted.stdout.hasSuffix(" Labels are replaced by numbers; notes, holders, the senders, recipients and texts of emails, and images are left out.\n"))
        let shared = try String(contentsOf: file, encoding: .utf8)
        #expect(!shared.contains("noreply@meta.com") && !shared.contains("data:image") && !shared.contains("Marie&#39;s"))
    }

    @Test func toStandardOutputAndWithNoEvidence() throws {
        let empty = try sandbox.run(["export", "--format", "dossier", "--output", "-"])
        #expect(empty.status == 0, "\(empty)")
        #expect(empty.stdout.hasPrefix("<!DOCTYPE html>\n") && empty.stdout.hasSuffix("</html>\n"))
        #expect(empty.stdout.contains("No file is kept as proof yet"))
        let file = sandbox.root.appendingPathComponent("empty.html")
        let written = try sandbox.run(["export", "--format", "DOSSIER", "-o", file.path])
        #expect(written.stdout == "Dossier written to \(file.path) (no evidence file yet); only you can read it.\n", "\(written)")
        let help = try sandbox.run(["export", "--help"])
        #expect(help.stdout.contains("csv, dossier; default: markdown)"), "\(help)")
        let wrong = try sandbox.run(["export", "--format", "dosier"])
        #expect(wrong.status != 0 && wrong.stderr.contains("dossier"), "\(wrong)")
    }
}
