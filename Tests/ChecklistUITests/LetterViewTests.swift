import ChecklistApp
import ChecklistEngine
import Foundation
import Testing
@testable import ChecklistUI

/// The supervisory authority the letter view's complaint goes to in these tests.
enum LetterViewFixtures {
    static let cnil = Authority(id: "fr-cnil", country: "FR", name: ["en": "CNIL", "fr": "CNIL"],
                                complaint: .init(form: "https://www.cnil.fr/plaintes", languages: ["fr"]),
                                lastVerified: LetterFixtures.day("2026-01-01"), confidence: .verified, sources: [])

    /// The letters fixture with the user in France, the view open on the late Forum account.
    static func harness(width: Int = 80, height: Int = 24, language: Language = .en, keys: [Key] = []) -> Harness {
        var state = LetterFixtures.state(width: width, height: height, language: language)
        state.country = "FR"
        var harness = Harness(state, authorities: [cnil])
        harness.press(.character("l"))
        for key in keys { harness.press(key) }
        return harness
    }
}

extension Screens {
    static func letterView(_ keys: [Key]) -> Builder {
        { width, height, language, unicode in
            var harness = LetterViewFixtures.harness(width: width, height: height, language: language, keys: keys)
            harness.state.unicode = unicode
            return harness.state
        }
    }
    /// The late account's letter view: the reminder, due first.
    static let letterReminder = letterView([])
    /// Tab from the reminder: the complaint, to the CNIL.
    static let letterComplaint = letterView([.tab])
    /// Tab twice: the objection, the erasure request ticked.
    static let letterObjection = letterView([.tab, .tab, .character("x")])
}

@Suite("The letter view")
struct LetterViewTests {
    @Test func lOpensTheLetterDueNextAndReadsTheAuthoritiesOnce() {
        var harness = LetterViewFixtures.harness()
        #expect(harness.state.page == .letter)
        #expect(harness.state.letter?.kind == .reminder)
        #expect(harness.effects.contains(.loadAuthorities))
        #expect(harness.state.authorities == [LetterViewFixtures.cnil])
        let text = harness.screen.text
        #expect(text.contains("To: Forum Europe Ltd <privacy@forum.example>"))
        #expect(text.contains("Subject:"))
        harness.press(.escape)
        #expect(harness.state.page == .dashboard)
        let again = harness.press(.character("l"))
        #expect(!again.contains(.loadAuthorities), "read once")
    }

    @Test func tabGoesThroughTheLettersAndTheOptionsBelongToTheObjection() throws {
        var harness = LetterViewFixtures.harness()
        harness.press(.character("x"))
        #expect(harness.state.letter?.erase == false)
        #expect(harness.state.message?.text == Words.text(.uiLetterOptionsOnlyObjection, in: .en))
        harness.press(.tab)
        #expect(harness.state.letter?.kind == .complaint)
        #expect(harness.screen.text.contains("CNIL, your authority: https://www.cnil.fr/plaintes"))
        harness.press(.tab)
        #expect(harness.state.letter?.kind == .objection)
        harness.press(.character("x"), .character("w"))
        #expect(harness.state.letter?.erase == true)
        #expect(harness.state.letter?.access == true)
        #expect(harness.screen.text.contains("[x] also ask to erase what was used (x)"))
        let view = try #require(harness.state.letter)
        let letter = try #require(try harness.state.composedLetter(view)?.get())
        #expect(letter.body.contains("Article 17"), "the erasure request is in the letter")
        #expect(letter.body.contains("Article 15"), "and the question of which data")
    }

    @Test func copySaveAndMailSendTheLetterOut() throws {
        var harness = LetterViewFixtures.harness()
        harness.press(.character("y"))
        let copied = try #require(harness.terminal.clipboard.last)
        #expect(copied.hasPrefix("To: Forum Europe Ltd <privacy@forum.example>\nSubject: "))
        #expect(harness.state.message?.text.contains("clipboard") == true)

        harness.press(.character("s"))
        let file = harness.folder.appendingPathComponent("optout-letter-forum-reminder-2026-06-09.txt")
        #expect(try String(contentsOf: file, encoding: .utf8) == copied)
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // Saving again asks before replacing; no leaves the file as it was.
        try Data("mine".utf8).write(to: file)
        harness.press(.character("s"))
        #expect(harness.state.view == .confirm)
        harness.press(.character("n"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "mine")
        harness.press(.character("s"), .character("y"))
        #expect(try String(contentsOf: file, encoding: .utf8) == copied)

        harness.press(.character("m"))
        let link = try #require(harness.openedLinks.last)
        #expect(link.hasPrefix("mailto:privacy@forum.example?"))
        #expect(!link.contains(" ") && !link.contains("\n"))
        // The harness finds no mail program: the sentence says what to do instead.
        #expect(harness.state.message?.kind == .error)
    }

    @Test func markingSentRecordsTheLetterTodayOrOnATypedDay() throws {
        var harness = LetterViewFixtures.harness()
        harness.press(.character("t"))
        let reminder = try #require(harness.account("forum")?.letters.last)
        #expect(reminder.kind == .reminder && reminder.sentOn == LetterFixtures.day("2026-06-09"))
        // Undone from the letter view, like a tick.
        harness.press(.character("u"))
        #expect(harness.account("forum")?.letters.contains { $0.kind == .reminder } == false)

        harness.press(.character("T"))
        #expect(harness.state.view == .enterLabel)
        for _ in 0..<10 { harness.press(.backspace) }
        harness.type("3 June")
        harness.press(.enter)
        #expect(harness.state.message?.kind == .error, "not a day: said, and the field stays open")
        #expect(harness.state.view == .enterLabel)
        for _ in 0..<6 { harness.press(.backspace) }
        harness.type("2026-06-03")
        harness.press(.enter)
        #expect(harness.account("forum")?.letters.last?.sentOn == LetterFixtures.day("2026-06-03"))
        #expect(harness.state.page == .letter)
    }

    @Test func aMissingHolderAndIdentifierAreAskedOnce() throws {
        var state = LetterFixtures.state()
        state.country = "FR"
        var harness = Harness(state, authorities: [LetterViewFixtures.cnil])
        let index = try #require(harness.state.evaluations.firstIndex { $0.account.id == "forum-2" })
        harness.state.dashboard.selected = index
        harness.press(.character("l"))
        #expect(harness.state.modal.map { if case .enterLabel(.holder, _) = $0 { true } else { false } } == true)
        harness.type("Jean Dupont")
        harness.press(.enter)
        #expect(harness.account("forum-2")?.holder == "Jean Dupont")
        #expect(harness.state.modal.map { if case .enterLabel(.identifier, _) = $0 { true } else { false } } == true)
        harness.press(.escape)
        #expect(harness.account("forum-2")?.identifier == nil)
        #expect(harness.screen.text.contains("The letter lacks what the platform knows the account by"))
        harness.press(.escape, .character("l"))
        #expect(harness.state.modal == nil, "asked once")
        #expect(harness.state.page == .letter)
    }

    @Test func aPlatformWithoutContactSaysSoAndOpensNothing() throws {
        var harness = Harness(LetterFixtures.state())
        let index = try #require(harness.state.evaluations.firstIndex { $0.account.id == "instagram" })
        harness.state.dashboard.selected = index
        harness.press(.character("l"))
        #expect(harness.state.page == .dashboard)
        #expect(harness.state.message?.text == Words.text(.uiLetterNoContact, in: .en, ["name": "Instagram"]))
    }

    @Test func theLetterScrollsToItsEnd() {
        var harness = LetterViewFixtures.harness(width: 60, height: 14)
        harness.press(.end)
        let top = harness.state.letter?.top ?? 0
        #expect(top > 0)
        harness.press(.pageDown)
        #expect(harness.state.letter?.top == top, "no scrolling past the end")
        harness.press(.home)
        #expect(harness.state.letter?.top == 0)
    }

    @Test func aRemovedAccountClosesItsLetterView() {
        var harness = LetterViewFixtures.harness()
        var progress = harness.state.progress
        progress.accounts.removeAll { $0.id == "forum" }
        harness.send(.progressReloaded(progress))
        #expect(harness.state.page == .dashboard)
        #expect(harness.state.letter == nil)
    }
}
