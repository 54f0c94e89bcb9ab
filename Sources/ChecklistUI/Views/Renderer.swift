import ChecklistEngine
import Foundation

/// Renders the whole state into a screen of its size (ratatui's shape: widgets draw into a
/// buffer; the terminal target only copies the buffer out).
public enum Renderer {
    public static func render(_ state: AppState) -> Screen {
        var screen = Screen(width: state.width, height: state.height)
        let glyphs = Glyphs(unicode: state.unicode)
        if state.view == .tooSmall {
            TooSmallView.draw(state, into: &screen, glyphs: glyphs)
            return screen
        }
        switch state.page {
        case .dashboard: DashboardView.draw(state, into: &screen, glyphs: glyphs)
        case .checklist: ChecklistView.draw(state, into: &screen, glyphs: glyphs)
        case .letter: LetterView.draw(state, into: &screen, glyphs: glyphs)
        }
        if let modal = state.modal { ModalView.draw(modal, state, into: &screen, glyphs: glyphs) }
        StatusBar.draw(state, into: &screen, glyphs: glyphs)
        return screen
    }
}
