import ChecklistEngine
import Foundation
import Testing
@testable import ChecklistUI

/// The fixture catalog and progress with every English text of the catalog pseudo too.
enum PseudoFixtures {
    static let files = Fixtures.files.map { ($0.0, PseudoLanguage.catalogYAML($0.1)) }
    static let catalog = Fixtures.catalog(files)
    static let progress = Fixtures.progress(for: catalog)

    /// Every word the screens may show: the pseudo texts, the catalog files (names, ids,
    /// links), the accounts' labels and notes, the names of the keys and of the months.
    static let vocabulary = PseudoLanguage.speaking { shownTexts() }.reduce(into: Set<String>()) { $0.formUnion(LayoutChecks.words($1)) }

    private static func shownTexts() -> [String] {
        var texts = PseudoLanguage.allTexts + files.map(\.1) + [Fixtures.marie, Fixtures.granny, "confirmation email received 3 June", "optout"]
        for binding in BindingTable.standard.rows {
            texts += binding.keys.flatMap { [$0.displayName(unicode: true, language: .en), $0.displayName(unicode: false, language: .en)] }
        }
        texts.append(SpokenDate(.en, timeZone: Fixtures.utc).dayTime(Fixtures.now))
        for month in 1...12 {
            if let day = CalendarDay("2026-\(month < 10 ? "0" : "")\(month)-15") {
                texts += [SpokenDate(.en).day(day), SpokenDate(.en).shortDay(day)]
            }
        }
        return texts
    }

    /// A state reached by pressing keys from the pseudo fixture, inside the pseudo-language.
    static func pressing(_ keys: [Key], typing text: String = "", then more: [Key] = []) -> @Sendable (Int, Int) -> AppState {
        { width, height in
            var harness = Harness(Fixtures.state(width: width, height: height, progress: progress, catalog: catalog))
            for key in keys { harness.press(key) }
            harness.type(text)
            for key in more { harness.press(key) }
            return harness.state
        }
    }
}

struct PseudoCase: Sendable, CustomTestStringConvertible {
    var screen: String
    var width: Int
    var height: Int
    var build: @Sendable (Int, Int) -> AppState
    var testDescription: String { "\(screen) \(width)x\(height)" }

    static var all: [PseudoCase] {
        let screens: [(String, @Sendable (Int, Int) -> AppState)] = [
            ("dashboard", PseudoFixtures.pressing([])),
            ("checklist", PseudoFixtures.pressing([.enter, .home, .down, .down, .down])),
            ("checklist with its detail pane", PseudoFixtures.pressing([.enter, .home, .down, .down, .down, .character("i")])),
            ("help", PseudoFixtures.pressing([.character("?")])),
            ("checklist help", PseudoFixtures.pressing([.enter, .home, .character("?")])),
            ("add-account picker", PseudoFixtures.pressing([.character("a")])),
            ("label window", PseudoFixtures.pressing([.character("a")], typing: "insta", then: [.enter])),
            ("remove window", PseudoFixtures.pressing([.character("d")])),
            ("note window", PseudoFixtures.pressing([.enter, .home, .down, .down, .down, .character("n")])),
            ("export window", PseudoFixtures.pressing([.character("e")])),
            ("cover window", PseudoFixtures.pressing([.down, .character("c")])),
        ]
        return screens.flatMap { name, build in
            [(80, 24), (40, 12)].map { PseudoCase(screen: name, width: $0.0, height: $0.1, build: build) }
        }
    }
}

@Suite struct PseudoLayoutTests {
    /// Every text 40% longer and accented: no broken layout, no cut word.
    @Test(arguments: PseudoCase.all)
    func aLongerLanguageKeepsTheLayout(_ c: PseudoCase) {
        PseudoLanguage.speaking {
            let state = c.build(c.width, c.height)
            let screen = Renderer.render(state)
            let problems = LayoutChecks.problems(in: screen, state: state, vocabulary: PseudoFixtures.vocabulary)
            for problem in problems { Issue.record(Comment(rawValue: "\(c.testDescription): \(problem)")) }
            if !problems.isEmpty { Issue.record(Comment(rawValue: "the screen:\n" + screen.lines.map { "|" + $0 + "|" }.joined(separator: "\n"))) }
        }
    }

    @Test func thePseudoLanguageIsLongerAndKeepsPlaceholders() {
        let text = PseudoLanguage.text("Added {name}. Its steps are below; {tick} ticks one.")
        #expect(text.hasPrefix("Åððéð {name}. Îţš šţéþš åŕé ƀéļöŵ; {tick} ţîçķš öñé."), "\(text)")
        let letters = { (s: String) in s.filter(\.isLetter).count }
        #expect(Double(letters(text)) >= 1.4 * Double(letters("Added . Its steps are below;  ticks one.")), "\(text)")
        #expect(PseudoLanguage.text(" · ") == " · " && PseudoLanguage.text(" (optional)").hasPrefix(" (öþţîöñåļ)"))
        #expect(PseudoLanguage.text("a\nb").contains("\n"))
        // The screen speaks it, and the program does not: the table is bound for the closure only.
        let inside = PseudoLanguage.speaking { Renderer.render(Fixtures.state()).lines.last ?? "" }
        #expect(inside.contains(PseudoLanguage.text("quit")), "\(inside)")
        #expect(Words(.en).text(.uiKeyQuitLabel) == "quit")
    }

    // MARK: The checks can fail

    @Test func aWordCutWithoutTheEllipsisIsFound() {
        var screen = Screen(width: 12, height: 2)
        screen.put("Ţîçķ ţĥé šţ", x: 0, y: 0)
        screen.put("Ţîçķ ţĥé š…", x: 0, y: 1)
        let problems = LayoutChecks.cutWords(in: screen, vocabulary: LayoutChecks.vocabulary(["Ţîçķ ţĥé šţéþ"]))
        #expect(problems.count == 1 && problems[0].hasPrefix("row 0: \"šţ\" is \"šţéþ\" cut without …"), "\(problems)")
    }

    @Test func aBrokenFrameIsFound() {
        var screen = Screen(width: 10, height: 4)
        screen.put("┌──────┐", x: 0, y: 0)
        screen.put("│ text │", x: 0, y: 1)
        screen.put("│ text long", x: 0, y: 2)
        screen.put("└──────┘", x: 0, y: 3)
        #expect(LayoutChecks.frameProblems(in: screen) == ["the box at 0,0 lost its right side on row 2"])
        screen.put("        ", x: 0, y: 3)
        #expect(!LayoutChecks.frameProblems(in: screen).isEmpty)
    }

    @Test func aMissingFooterIsFound() {
        let state = Fixtures.state(width: 40, height: 12)
        var screen = Renderer.render(state)
        #expect(LayoutChecks.footerProblems(in: screen, state: state).isEmpty)
        screen.fill(x: 0, y: 11, width: 40, height: 1)
        #expect(LayoutChecks.footerProblems(in: screen, state: state).count == 1)
    }
}
