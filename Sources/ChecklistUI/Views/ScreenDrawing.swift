import ChecklistEngine

/// Drawing helpers shared by the views.
extension Screen {
    /// A frame with an optional title in its top border.
    mutating func box(x: Int, y: Int, width w: Int, height h: Int, title: String?, glyphs: Glyphs) {
        guard w >= 2, h >= 2 else { return }
        fill(x: x, y: y, width: w, height: h)
        put(glyphs.topLeft, x: x, y: y, role: .border)
        put(glyphs.topRight, x: x + w - 1, y: y, role: .border)
        put(glyphs.bottomLeft, x: x, y: y + h - 1, role: .border)
        put(glyphs.bottomRight, x: x + w - 1, y: y + h - 1, role: .border)
        for column in (x + 1)..<(x + w - 1) {
            put(glyphs.horizontal, x: column, y: y, role: .border)
            put(glyphs.horizontal, x: column, y: y + h - 1, role: .border)
        }
        for row in (y + 1)..<(y + h - 1) {
            put(glyphs.vertical, x: x, y: row, role: .border)
            put(glyphs.vertical, x: x + w - 1, y: row, role: .border)
        }
        if let title, w > 6 {
            put(" " + TextWidth.truncate(title, to: w - 6) + " ", x: x + 2, y: y, role: .heading, attributes: .bold)
        }
    }

    /// A progress bar of `width` cells, then nothing else.
    mutating func bar(done: Int, total: Int, x: Int, y: Int, width w: Int, glyphs: Glyphs) {
        guard w > 0 else { return }
        let filled = total > 0 ? min(w, (done * w + total / 2) / total) : 0
        for column in 0..<w {
            let isDone = column < filled
            put(isDone ? glyphs.barDone : glyphs.barTodo, x: x + column, y: y, role: isDone ? .progressDone : .progressTodo)
        }
    }

    /// Wrapped text from row `y`, at most `maxRows` rows; returns the rows used. The last
    /// row ends with an ellipsis when text was left out.
    @discardableResult
    mutating func paragraph(_ text: String, x: Int, y: Int, width w: Int, maxRows: Int, role: Role = .text,
                            attributes: Attributes = [], glyphs: Glyphs) -> Int {
        guard w > 0, maxRows > 0 else { return 0 }
        let lines = TextWidth.wrap(text, to: w)
        for (offset, line) in lines.prefix(maxRows).enumerated() {
            var shown = line
            if offset == maxRows - 1, lines.count > maxRows {
                shown = TextWidth.truncate(line + " " + glyphs.ellipsis, to: w, ellipsis: glyphs.ellipsis)
            }
            put(shown, x: x, y: y + offset, role: role, attributes: attributes, maxWidth: w)
        }
        return min(lines.count, maxRows)
    }
}
