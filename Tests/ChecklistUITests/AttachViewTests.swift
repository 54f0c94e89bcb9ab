import ChecklistApp
import ChecklistEngine
import Foundation
import Testing
@testable import ChecklistUI

/// The `A` key: a path typed (Tab completes it, `~` is home), the file copied into the
/// evidence folder and recorded on the step, shown in the detail pane.
@Suite("Attaching evidence in the full-screen view")
struct AttachViewTests {
    static let email = """
    From: =?UTF-8?Q?Meta_Privacy?= <noreply@meta.example>
    To: marie@example.org
    Subject: =?UTF-8?B?WW91ciBvYmplY3Rpb24gcmVxdWVzdA==?=
    Date: Tue, 3 Jun 2025 09:12:00 +0000

    We received your objection.

    """.replacingOccurrences(of: "\n", with: "\r\n")

    /// Instagram's checklist on its objection step, with an email and a screenshot in the
    /// harness's folder (its home too).
    static func harness() throws -> Harness {
        var harness = Harness(width: 100, height: 30)
        let mail = harness.folder.appendingPathComponent("mail")
        try FileManager.default.createDirectory(at: mail, withIntermediateDirectories: true)
        try Data(email.utf8).write(to: mail.appendingPathComponent("confirmation.eml"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]).write(to: mail.appendingPathComponent("confirmation-screen.png"))
        harness.press(.enter, .home, .down, .down, .down)
        return harness
    }

    static func fieldText(_ state: AppState) -> String? {
        if case .enterLabel(.attachPath, let field) = state.modal { return field.text }
        return nil
    }

    @Test func tabCompletesFromHomeAndEnterAttaches() throws {
        var harness = try Self.harness()
        let step = try #require(harness.state.checklist?.selectedStep)
        harness.press(.character("A"))
        #expect(Self.fieldText(harness.state) == "")
        harness.type("~/ma")
        harness.press(.tab)
        #expect(Self.fieldText(harness.state) == "~/mail/")
        harness.press(.tab)
        // Two names start with "confirmation": the common start, and both named.
        #expect(Self.fieldText(harness.state) == "~/mail/confirmation")
        #expect(harness.state.message?.text.contains("confirmation.eml") == true)
        #expect(harness.state.message?.text.contains("confirmation-screen.png") == true)
        harness.type(".")
        harness.press(.tab)
        #expect(Self.fieldText(harness.state) == "~/mail/confirmation.eml")
        harness.press(.enter)

        let evidence = try #require(harness.account("instagram")?.evidence[step]?.first)
        #expect(evidence.name == "confirmation.eml")
        #expect(evidence.email?.subject == "Your objection request")
        let text = harness.screen.text
        #expect(text.contains("confirmation.eml"))
        #expect(text.contains("Meta Privacy"), "the email's headers show with the step")
        #expect(text.contains("Your objection request"))
        #expect(text.contains(String(evidence.sha256.prefix(30))), "its hash, whole, to check against")
        // Undone like a tick: the record goes, the file stays for doctor to tidy.
        harness.press(.escape)
        harness.press(.character("u"))
        #expect(harness.account("instagram")?.evidence[step]?.isEmpty ?? true)
    }

    @Test func aFolderOrAMissingFileIsRefusedAndNothingRecorded() throws {
        var harness = try Self.harness()
        let before = try Data(contentsOf: harness.progressFile)
        harness.press(.character("A"))
        harness.type(harness.folder.appendingPathComponent("mail").path)
        harness.press(.enter)
        #expect(harness.state.message?.kind == .error)
        harness.press(.character("A"))
        harness.type("~/mail/nothing-here.eml")
        harness.press(.tab)
        #expect(harness.state.message?.text == Words.text(.uiEvidenceNoMatch, in: .en, ["text": "~/mail/nothing-here.eml"]))
        harness.press(.enter)
        #expect(harness.state.message?.kind == .error)
        #expect(try Data(contentsOf: harness.progressFile) == before)
    }

    @Test func aGroupStepAsksForOneOfItsSteps() {
        var harness = Harness(width: 100, height: 30)
        harness.press(.enter, .home)
        // The first row is the route group, not a step a file can prove.
        harness.press(.character("A"))
        #expect(harness.state.modal == nil)
        #expect(harness.state.message?.text == Words.text(.uiEvidenceChooseAStep, in: .en))
    }
}

extension Screens {
    /// Instagram's objection step with the confirmation email attached: the detail pane lists it.
    static let checklistEvidence: Screens.Builder = { width, height, language, unicode in
        var progress = Fixtures.progress
        let email = EmailSummary(from: "Meta Privacy <noreply@meta.example>", to: "marie@example.org",
                                 subject: "Your objection request", date: Date(timeIntervalSince1970: 1_748_941_920))
        let evidence = Evidence(sha256: String(repeating: "9a", count: 32), name: "confirmation.eml", size: 4_301,
                                mediaType: .email, added: Fixtures.now, email: email)
        if let index = progress.accounts.firstIndex(where: { $0.id == "instagram" }) {
            progress.accounts[index].evidence["ig-send"] = [evidence]
        }
        var harness = Harness(Fixtures.state(width: width, height: height, language: language, progress: progress, unicode: unicode))
        harness.press(.enter, .home, .down, .down, .down)
        return harness.state
    }
}
