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
        }
        if let modal = state.modal { ModalView.draw(modal, state, into: &screen, glyphs: glyphs) }
        StatusBar.draw(state, into: &screen, glyphs: glyphs)
        return screen
    }
}

/// The title bar on top, the message line and the key footer at the bottom.
enum StatusBar {
    static func drawTitle(_ text: String, right: String, _ state: AppState, into screen: inout Screen, glyphs: Glyphs) {
        screen.fill(x: 0, y: 0, width: screen.width, height: 1, role: .title)
        let rightWidth = TextWidth.of(right)
        let room = screen.width - 2 - (rightWidth > 0 ? rightWidth + 2 : 0)
        screen.put(TextWidth.truncate(text, to: max(0, room), ellipsis: glyphs.ellipsis), x: 1, y: 0, role: .title, attributes: .bold)
        if rightWidth > 0, rightWidth + 4 < screen.width {
            screen.put(right, x: screen.width - rightWidth - 1, y: 0, role: .title)
        }
    }

    static func draw(_ state: AppState, into screen: inout Screen, glyphs: Glyphs) {
        let y = screen.height - 1
        guard y >= 1 else { return }
        // Message line.
        let messageRow = y - 1
        if let message = state.message ?? state.startupNotice.map({ AppState.Message($0, .error) }) {
            screen.fill(x: 0, y: messageRow, width: screen.width, height: 1)
            let role: Role = message.kind == .error ? .error : .accent
            screen.put(TextWidth.truncate(message.text, to: screen.width - 2, ellipsis: glyphs.ellipsis), x: 1, y: messageRow, role: role)
        } else if let reason = state.readOnlyReason {
            screen.put(TextWidth.truncate(reason, to: screen.width - 2, ellipsis: glyphs.ellipsis), x: 1, y: messageRow, role: .warning)
        }
        // Footer: the view's keys from the binding table.
        screen.fill(x: 0, y: y, width: screen.width, height: 1, role: .statusBar)
        var x = 1
        for binding in Bindings.footer(in: state.view) {
            guard let key = binding.keys.first else { continue }
            let name = Bindings.name(of: key, unicode: state.unicode, language: state.language)
            let label = binding.command.label(in: state.language)
            let needed = TextWidth.of(name) + 1 + TextWidth.of(label) + 2
            if x + needed > screen.width { break }
            x += screen.put(name, x: x, y: y, role: .statusKey, attributes: .bold)
            x += screen.put(" " + label + "  ", x: x, y: y, role: .statusBar)
        }
    }
}

/// ncdu's answer to a terminal too small to be useful: say so, and how big it must be.
enum TooSmallView {
    static func draw(_ state: AppState, into screen: inout Screen, glyphs: Glyphs) {
        let lines = [
            state.say("Terminal too small", "Terminal trop petit"),
            state.say("need \(Layout.minimumWidth)x\(Layout.minimumHeight), have \(state.width)x\(state.height)",
                      "il faut \(Layout.minimumWidth)x\(Layout.minimumHeight), il y a \(state.width)x\(state.height)"),
            state.say("enlarge it, or q to quit", "agrandissez-le, ou q pour quitter"),
        ]
        let top = max(0, (screen.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let text = TextWidth.truncate(line, to: screen.width, ellipsis: glyphs.ellipsis)
            let x = max(0, (screen.width - TextWidth.of(text)) / 2)
            screen.put(text, x: x, y: top + offset, role: offset == 0 ? .warning : .text, attributes: offset == 0 ? .bold : [])
        }
    }
}
