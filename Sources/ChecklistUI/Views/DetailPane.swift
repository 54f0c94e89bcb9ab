import ChecklistEngine

/// What the selected step asks, where, how sure we are of it, and the platform's facts
/// and sources, so the user can judge and act (the lines are `DetailContent`'s).
enum DetailPane {
    static func draw(_ content: DetailContent, into screen: inout Screen, in pane: ChecklistLayout.Pane, skip: Int = 0, glyphs: Glyphs) {
        let rows = pane.rows, x = pane.x, width = pane.width
        guard width > 4, !rows.isEmpty else { return }
        let lines = content.lines
        let first = min(max(0, skip), content.maxSkip(visible: rows.count))
        for (offset, y) in rows.enumerated() {
            let index = first + offset
            guard lines.indices.contains(index) else { return }
            // Ellipses mark what is scrolled out, above and below.
            if (offset == 0 && first > 0) || (y == rows.upperBound - 1 && index < lines.count - 1) {
                screen.put(glyphs.ellipsis, x: x, y: y, role: .dim)
                continue
            }
            let line = lines[index]
            screen.put(line.text, x: x + line.indent, y: y, role: line.role, attributes: line.attributes, maxWidth: width - line.indent)
        }
    }
}
