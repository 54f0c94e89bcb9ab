import ChecklistEngine
import Foundation
import Testing
@testable import ChecklistUI

/// Letters as the existing screens show them: the `overdue` status word and symbol, what
/// needs doing first, "awaiting an answer until", and a platform with no switch whose way is
/// the letter.
enum LetterFixtures {
    static let forumYAML = """
    id: forum
    name: Forum
    vendor: Forum Ltd
    kind: none
    jurisdictions: [EU]
    effect: unknown
    confidence: reported
    last_verified: 2026-01-10
    sources:
      - label: Forum data licensing
        url: https://example.com/forum-licensing
    summary:
      en: Forum licenses its users' posts for AI training.
      fr: Forum cède les publications de ses membres pour entraîner des IA.
    contact:
      controller: Forum Europe Ltd
      email: privacy@forum.example
      country: IE
      published: true
      last_verified: 2026-01-10
      confidence: reported
      sources:
        - {label: Forum privacy policy, url: "https://forum.example/privacy"}
    """

    static let catalog: Catalog = {
        guard let forum = CatalogLoader.load(text: forumYAML, file: "forum.yaml").platform else { fatalError("the forum fixture does not load") }
        return Catalog(platforms: Fixtures.catalog.platforms + [forum])
    }()

    static func day(_ text: String) -> CalendarDay {
        guard let day = CalendarDay(text) else { fatalError("bad fixture day \(text)") }
        return day
    }

    /// The fixture's accounts, then two on Forum: one whose answer is late (its objection
    /// sent on 20 April 2026, due 20 May), one awaiting its answer until 1 July.
    static let progress: UserProgress = {
        var p = Fixtures.progress
        func apply(_ change: ProgressChange) {
            do {
                try p.apply(change, catalog: catalog, at: Fixtures.now, timeZone: Fixtures.utc)
            } catch {
                fatalError("fixture change \(change) fails: \(error)")
            }
        }
        apply(.addAccount(platform: "forum", label: "Marie", holder: "Marie Dupont", identifier: "u/marie"))
        apply(.addAccount(platform: "forum", label: nil))
        apply(.sendLetter(account: "forum", kind: nil, on: day("2026-04-20")))
        apply(.sendLetter(account: "forum-2", kind: nil, on: day("2026-06-01")))
        return p
    }()

    static func state(width: Int = 80, height: Int = 24, language: Language = .en) -> AppState {
        AppState(catalog: catalog, progress: progress, now: Fixtures.now, language: language, unicode: true,
                 width: width, height: height, timeZone: Fixtures.utc)
    }
}

extension Screens {
    static func letters(_ keys: [Key]) -> Builder {
        { width, height, language, unicode in
            var state = LetterFixtures.state(width: width, height: height, language: language)
            state.unicode = unicode
            var harness = Harness(state)
            for key in keys { harness.press(key) }
            return harness.state
        }
    }

    /// The dashboard: the late Forum account first, selected, its hint below.
    static let lettersDashboard = letters([])
    /// The late Forum account opened: its status line, and the letter as the way.
    static let lettersChecklist = letters([.enter])
}

@Suite("Letters on screen")
struct LetterScreenTests {
    @Test func theLateAccountComesFirstWithItsWordAndSymbol() {
        let state = LetterFixtures.state()
        #expect(state.evaluations.first?.account.id == "forum")
        #expect(state.evaluations.first?.status == .overdue)
        let text = Renderer.render(state).text
        let first = text.split(separator: "\n").first { $0.contains("⚠") }
        #expect(first?.contains("⚠ overdue") == true && first?.contains("Forum") == true)
        #expect(text.contains("the answer was due on 20 May 2026; time to send the reminder"))
        let french = Renderer.render(LetterFixtures.state(language: .fr)).text
        #expect(french.contains("⚠ en retard"))
    }

    @Test func awaitingAnAnswerUntilOnTheAccountsLine() {
        var harness = Harness(LetterFixtures.state(width: 120, height: 40))
        guard let position = harness.state.evaluations.firstIndex(where: { $0.account.id == "forum-2" }) else {
            Issue.record("forum-2 is not listed")
            return
        }
        for _ in 0..<position { harness.press(.down) }
        #expect(harness.screen.text.contains("awaiting an answer until 1 July 2026"))
        harness.press(.enter)
        #expect(harness.screen.text.contains("awaiting an answer until 1 July 2026"))
        #expect(harness.screen.text.contains("✉ submitted"))
    }

    @Test func theCursorStaysOnItsAccountWhenTheOrderChanges() {
        var state = LetterFixtures.state()
        state.dashboard.selected = state.evaluations.firstIndex { $0.account.id == "facebook" } ?? 0
        // A month later the second Forum account is late too, and moves up.
        state.setNow(Fixtures.now.addingTimeInterval(40 * Fixtures.day))
        #expect(state.evaluations.prefix(2).map(\.account.id) == ["forum", "forum-2"])
        #expect(state.selectedAccount?.account.id == "facebook")
    }

    /// A letter recorded (as the letter view will record it) is undone with `u`, through the file.
    @Test func aLetterChangeIsUndoneLikeATick() throws {
        var harness = Harness(LetterFixtures.state())
        let change = ProgressChange.sendLetter(account: "forum", kind: nil, on: nil)
        let store = ProgressStore(url: harness.progressFile)
        let (progress, outcome) = try store.apply(change, catalog: LetterFixtures.catalog, at: Fixtures.now, timeZone: Fixtures.utc)
        harness.send(.changeApplied(change, outcome: outcome, progress: progress, origin: .user))
        #expect(harness.account("forum")?.letters.map(\.kind) == [.objection, .reminder])
        #expect(harness.state.message?.text == "Letters of Marie saved. Now: the answer was due on 20 May 2026; complaint from 24 June 2026.")
        harness.press(.character("u"))
        #expect(harness.account("forum")?.letters.map(\.kind) == [.objection])
        #expect(try store.load().history.last?.action == .restoreLetters)
        #expect(harness.state.message?.text.hasPrefix("Undone: Letters of Marie saved.") == true)
    }

    @Test func aPlatformWithoutSwitchSaysTheLetterIsTheWay() {
        var harness = Harness(LetterFixtures.state())
        harness.press(.enter)
        let text = harness.screen.text
        #expect(text.contains("No switch or form to tick: the way is a letter to"))
        #expect(!text.contains("nothing to tick"))
        harness.press(.character(" "))
        #expect(harness.screen.text.contains("Forum has no switch or form to tick"))
    }
}
