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
        // The right part gives way when it would leave the title less than its first 12
        // columns (so "optout" itself never disappears on a narrow terminal).
        let rightWidth = TextWidth.of(right)
        let showsRight = rightWidth > 0 && 1 + min(TextWidth.of(text), 12) + 2 + rightWidth + 1 <= screen.width
        let room = screen.width - 2 - (showsRight ? rightWidth + 2 : 0)
        screen.put(TextWidth.truncate(text, to: max(0, room), ellipsis: glyphs.ellipsis), x: 1, y: 0, role: .title, attributes: .bold)
        if showsRight {
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
        // Footer: the view's keys from the binding table. Help and quit are kept when the
        // row is short (French words are longer): the others give way from the right.
        screen.fill(x: 0, y: y, width: screen.width, height: 1, role: .statusBar)
        // A platform with no opt-out has nothing to tick or annotate: its footer does not offer it.
        let nothingToTick = state.view == .checklist && state.currentAccount?.platform?.kind == PlatformKind.none
        let entries = Bindings.footer(in: state.view).compactMap { binding -> (command: Command, name: String, label: String)? in
            guard let key = binding.keys.first else { return nil }
            if nothingToTick, binding.command == .toggle || binding.command == .editNote { return nil }
            return (binding.command, Bindings.name(of: key, unicode: state.unicode, language: state.language),
                    binding.command.label(in: state.language))
        }
        func needed(_ entry: (command: Command, name: String, label: String)) -> Int {
            TextWidth.of(entry.name) + 1 + TextWidth.of(entry.label) + 2
        }
        let kept: Set<Command> = [.help, .quit]
        var room = screen.width - 1 - entries.filter { kept.contains($0.command) }.reduce(0) { $0 + needed($1) }
        var dropping = false
        var shown: [(command: Command, name: String, label: String)] = []
        for entry in entries {
            if kept.contains(entry.command) {
                shown.append(entry)
            } else if !dropping, needed(entry) <= room {
                room -= needed(entry)
                shown.append(entry)
            } else {
                dropping = true  // table order: nothing after an entry that gave way
            }
        }
        var x = 1
        for entry in shown {
            if x + needed(entry) > screen.width { break }
            x += screen.put(entry.name, x: x, y: y, role: .statusKey, attributes: .bold)
            x += screen.put(" " + entry.label + "  ", x: x, y: y, role: .statusBar)
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
        // Wrapped rather than cut, so "q to quit" stays readable in French on a narrow terminal.
        let rows = lines.enumerated().flatMap { index, line in
            TextWidth.wrap(line, to: max(1, screen.width - 2)).map { (text: $0, isHeading: index == 0) }
        }
        let top = max(0, (screen.height - rows.count) / 2)
        for (offset, row) in rows.enumerated() {
            let text = TextWidth.truncate(row.text, to: screen.width, ellipsis: glyphs.ellipsis)
            let x = max(0, (screen.width - TextWidth.of(text)) / 2)
            screen.put(text, x: x, y: top + offset, role: row.isHeading ? .warning : .text, attributes: row.isHeading ? .bold : [])
        }
    }
}
