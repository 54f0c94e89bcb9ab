import ChecklistEngine

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
        // Message line (two when the message needs them).
        let frame = FrameLayout(state)
        for (line, row) in zip(frame.messageLines, frame.messageRows) {
            // A message (not the standing read-only warning) clears its rows first.
            if state.message != nil || state.startupNotice != nil { screen.fill(x: 0, y: row, width: screen.width, height: 1) }
            screen.put(line, x: 1, y: row, role: frame.role, maxWidth: screen.width - 2)
        }
        // Footer: the view's keys from the binding table. Help and quit are kept when the
        // row is short (French words are longer): the others give way from the right.
        screen.fill(x: 0, y: y, width: screen.width, height: 1, role: .statusBar)
        // A key that cannot run here may give way (the binding table says which).
        let entries = state.bindings.footer(in: state.view).compactMap { binding -> (command: Command, name: String, label: String)? in
            guard let key = binding.keys.first, binding.showsInFooter(state) else { return nil }
            return (binding.command, key.displayName(unicode: state.unicode, language: state.language), binding.label.text(in: state.language))
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
