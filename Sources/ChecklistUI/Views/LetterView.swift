import ChecklistEngine

/// One account's letter, as it will be sent: which letter, its deadline and options, then
/// the text, scrollable.
enum LetterView {
    static func draw(_ state: AppState, into screen: inout Screen, glyphs: Glyphs) {
        guard let view = state.letter, let evaluation = state.evaluation(ofAccount: view.accountID) else { return }
        let status = evaluation.status
        StatusBar.drawTitle("optout " + glyphs.separator + " " + Formatting.accountName(evaluation, glyphs: glyphs, language: state.language)
                            + " " + glyphs.separator + " " + state.text(.uiLetterTitle, ["kind": view.kind.name(in: state.language)]),
                            right: status.symbol(unicode: state.unicode) + " " + status.label(in: state.language), state, into: &screen, glyphs: glyphs)
        let layout = LetterLayout(state, view)
        for (line, y) in zip(layout.content.heading, layout.headingRows) {
            screen.put(line.text, x: 1, y: y, role: line.role, attributes: line.attributes, maxWidth: screen.width - 2)
        }
        if let rule = layout.rule {
            for x in 0..<screen.width { screen.put(glyphs.horizontal, x: x, y: rule, role: .border) }
        }
        let lines = layout.content.letter
        let first = min(max(0, view.top), layout.lastTop)
        for (offset, y) in layout.bodyRows.enumerated() {
            let index = first + offset
            guard lines.indices.contains(index) else { break }
            // Ellipses mark what is scrolled out, above and below.
            if (offset == 0 && first > 0) || (y == layout.bodyRows.upperBound - 1 && index < lines.count - 1) {
                screen.put(glyphs.ellipsis, x: 1, y: y, role: .dim)
                continue
            }
            screen.put(lines[index].text, x: 1, y: y, role: lines[index].role, attributes: lines[index].attributes, maxWidth: screen.width - 2)
        }
    }
}
