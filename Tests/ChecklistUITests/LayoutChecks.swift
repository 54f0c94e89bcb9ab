import ChecklistEngine
@testable import ChecklistUI

/// What a screen must hold however long its words are (the pseudo-language tests), beyond
/// `ScreenInvariants` (no row wider than the screen, every cell whole):
///
/// - **frames intact**: every box has its four corners, its top-right on the row of its
///   top-left, its bottom corners in the same columns, and a side on every row between;
/// - **footer present**: the bottom row shows the footer's first key that must stay (help,
///   else quit, else the first), with its word, whole;
/// - **no cut word**: a word is a run of letters on a row. Each must be a word of the texts
///   the screen was drawn from, or a piece of one cut visibly: a beginning followed by the
///   ellipsis ("Ŝéñ…"), or an end after it ("…ñð"). A beginning that just stops at a border
///   or the edge is a cut word; so is one that stops at the inside of a window's side. What a
///   window hides of the page below it (a word that touches the window's side from outside)
///   is not cut. Numbers are not words here (dates and counts are said by code, not by the
///   language files).
enum LayoutChecks {
    static func problems(in screen: Screen, state: AppState, vocabulary: Set<String>) -> [String] {
        ScreenInvariants.problems(in: screen) + frameProblems(in: screen) + footerProblems(in: screen, state: state)
            + cutWords(in: screen, vocabulary: vocabulary)
    }

    // MARK: Frames

    struct Box { var left, top, right, bottom: Int }

    /// The windows drawn on the screen (from each top-left corner), and what is wrong with them.
    static func boxes(in screen: Screen) -> (boxes: [Box], problems: [String]) {
        var boxes: [Box] = []
        var problems: [String] = []
        func at(_ x: Int, _ y: Int) -> String { screen.contains(x: x, y: y) ? screen[x, y].text : "" }
        var corners = 0
        for y in 0..<screen.height {
            for x in 0..<screen.width where at(x, y) == "┌" {
                corners += 1
                guard let right = (x + 1..<screen.width).first(where: { at($0, y) == "┐" }) else {
                    problems.append("the box at \(x),\(y) has no top-right corner on its row")
                    continue
                }
                guard let bottom = (y + 1..<screen.height).first(where: { at(x, $0) == "└" }) else {
                    problems.append("the box at \(x),\(y) has no bottom-left corner below it")
                    continue
                }
                if at(right, bottom) != "┘" { problems.append("the box at \(x),\(y) has no bottom-right corner at \(right),\(bottom)") }
                for row in y + 1..<bottom {
                    if !["│", "├"].contains(at(x, row)) { problems.append("the box at \(x),\(y) lost its left side on row \(row)") }
                    if !["│", "┤"].contains(at(right, row)) { problems.append("the box at \(x),\(y) lost its right side on row \(row)") }
                }
                boxes.append(Box(left: x, top: y, right: right, bottom: bottom))
            }
        }
        let others = screen.lines.joined().filter { "┐└┘".contains($0) }.count
        if others != corners * 3 { problems.append("\(corners) top-left corners but \(others) other corners: a box is broken") }
        return (boxes, problems)
    }

    static func frameProblems(in screen: Screen) -> [String] { boxes(in: screen).problems }

    // MARK: Footer

    static func footerProblems(in screen: Screen, state: AppState) -> [String] {
        guard screen.height > 1, let footer = screen.lines.last else { return [] }
        let entries = state.bindings.footer(in: state.view).filter { $0.showsInFooter(state) }
        guard !entries.isEmpty else { return [] }
        let first = entries.first { $0.command == .help } ?? entries.first { $0.command == .quit } ?? entries[0]
        guard let key = first.keys.first else { return [] }
        let shown = key.displayName(unicode: state.unicode, language: state.language) + " " + first.label.text(in: state.language)
        return footer.contains(shown) ? [] : ["the footer lacks \"\(shown)\": \(footer)"]
    }

    // MARK: Words

    /// The runs of letters of `text`.
    static func words(_ text: String) -> [String] {
        text.split { !$0.isLetter }.map(String.init)
    }

    static func vocabulary(_ texts: [String]) -> Set<String> {
        Set(texts.flatMap(words))
    }

    static func cutWords(in screen: Screen, vocabulary: Set<String>, ellipsis: Character = "…") -> [String] {
        var problems: [String] = []
        let windows = boxes(in: screen).boxes
        for (y, line) in screen.lines.enumerated() {
            // One character per cell (the screen's invariants hold), so an index is a column.
            let characters = Array(line)
            var index = 0
            while index < characters.count {
                guard characters[index].isLetter else { index += 1; continue }
                let start = index
                while index < characters.count, characters[index].isLetter { index += 1 }
                let word = String(characters[start..<index])
                if vocabulary.contains(word) { continue }
                let before = start > 0 ? characters[start - 1] : nil
                let after = index < characters.count ? characters[index] : nil
                if after == ellipsis, vocabulary.contains(where: { $0.hasPrefix(word) }) { continue }
                if before == ellipsis, vocabulary.contains(where: { $0.hasSuffix(word) }) { continue }
                // The page below a window, hidden by it.
                if windows.contains(where: { $0.top <= y && y <= $0.bottom && (index == $0.left || start == $0.right + 1) }) { continue }
                let whole = vocabulary.filter { $0.hasPrefix(word) }.min { $0.count < $1.count }
                problems.append("row \(y): \"\(word)\" " + (whole.map { "is \"\($0)\" cut without \(ellipsis)" } ?? "is no word of the texts") + ": \(line)")
            }
        }
        return problems
    }
}
