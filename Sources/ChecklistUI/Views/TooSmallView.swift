import ChecklistEngine

/// ncdu's answer to a terminal too small to be useful: say so, and how big it must be.
enum TooSmallView {
    static func draw(_ state: AppState, into screen: inout Screen, glyphs: Glyphs) {
        let quit = state.keyName(.quit, in: .tooSmall)
        let lines = [
            state.text(.uiTooSmallTerminalTooSmall),
            state.text(.uiTooSmallNeedXHaveX, ["minimumWidth": Layout.minimumWidth, "minimumHeight": Layout.minimumHeight, "width": state.width, "height": state.height]),
            state.text(.uiTooSmallEnlargeItOrTo, ["quit": quit]),
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
