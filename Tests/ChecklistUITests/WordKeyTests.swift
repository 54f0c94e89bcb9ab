import Testing
import ChecklistEngine
import ChecklistUI

/// The binding table's words come from the language files, under `ui.key.`.
@Suite struct WordKeyTests {
    @Test(arguments: WordKey.allCases)
    func everyWordKeyHasAText(_ key: WordKey) {
        #expect(Words(.en).text(named: "ui.key." + key.rawValue) != nil, "Languages/en.yaml lacks ui.key.\(key.rawValue)")
        #expect(key.text(in: .fr) != key.text(in: .en) || key == .editNoteLabel, "ui.key.\(key.rawValue) reads the same in French")
    }
}
