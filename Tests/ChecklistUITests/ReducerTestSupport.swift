import ChecklistEngine
import Foundation
import Testing
@testable import ChecklistUI

// MARK: Helpers

extension Key {
    static func c(_ character: Character) -> Key { .character(character) }
}

func position(_ selected: Int, top: Int) -> AppState.ListPosition {
    var p = AppState.ListPosition()
    p.selected = selected
    p.top = top
    return p
}

/// A state whose keys go to `view`, reached by pressing keys from the fixture (80x24).
func harness(in view: ViewKind, language: Language = .en) -> Harness {
    var h = Harness(language: language)
    switch view {
    case .dashboard: break
    case .checklist: h.press(.enter, .home)
    case .choosePlatform: h.press(.c("a"))
    case .enterLabel: h.press(.c("a"), .enter)
    case .help: h.press(.c("?"))
    case .search: h.press(.c("/"))
    case .confirm: h.press(.c("d"))
    case .editNote: h.press(.enter, .c("n"))
    case .chooseExport: h.press(.c("e"))
    case .chooseCover: h.press(.down, .c("c"))
    case .tooSmall: h.send(.resize(width: 30, height: 8))
    case .letter: h = Harness(LetterFixtures.state(language: language)); h.press(.c("l"))
    }
    return h
}
