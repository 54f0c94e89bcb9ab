import ChecklistEngine
import Testing
@testable import ChecklistUI

/// A catalog text missing in the chosen language shows in English, marked, on every screen
/// that shows catalog texts; the words of the UI are never marked.
@Suite struct FallbackTextTests {
    @Test func aGermanChecklistMarksEnglishStepTitlesAndTheDetailPane() {
        var h = Harness(width: 80, height: 24, language: .de)
        h.press(.enter)
        let text = h.screen.text
        #expect(text.contains("[EN] Reach the objection form"), "\(text)")
        h.press(.c("i"))
        #expect(h.screen.text.contains("[EN] "), "the detail pane marks them too")
    }

    @Test(arguments: [Language.en, .fr])
    func aTranslatedTextIsNotMarked(_ language: Language) {
        var h = Harness(width: 80, height: 24, language: language)
        h.press(.enter)
        #expect(!h.screen.text.contains("[EN]"))
        #expect(!h.screen.text.contains("[FR]"))
    }

    @Test func theDashboardSaysGermanWordsAndDaysAndMarksNoWordOfItsOwn() {
        let text = Harness(width: 80, height: 24, language: .de).screen.text
        #expect(text.contains("Frist 26. Mai 2025"), "\(text)")
        #expect(!text.contains("[EN]"))
    }
}
