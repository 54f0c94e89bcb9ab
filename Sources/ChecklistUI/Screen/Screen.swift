import ChecklistEngine

/// A grid of cells that views render into. Only the terminal target turns it into output,
/// so every view is tested by comparing screens as plain values.
public struct Screen: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x: x, y: y) ? cells[y * width + x] : .blank }
        set { if contains(x: x, y: y) { cells[y * width + x] = newValue } }
    }

    public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Writes `text` from column `x` on row `y`, never past `x + maxWidth` nor the right edge.
    /// Control characters are replaced; a wide character that does not fit is left out (the
    /// cell stays a space) rather than cut in half. Returns the columns used.
    @discardableResult
    public mutating func put(
        _ text: String, x: Int, y: Int, role: Role = .text, attributes: Attributes = [], maxWidth: Int? = nil
    ) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var column = x
        for character in text {
            var character = character
            // The engine's one list of what must not reach a terminal (C0, C1, bidi controls...).
            if character.unicodeScalars.contains(where: SafeText.isUnsafe) {
                character = "\u{FFFD}"
            }
            let w = TextWidth.of(character)
            if w == 0 {
                // A combining mark joins the previous cell; a lone one is dropped.
                if column > x, contains(x: column - 1, y: y), !self[column - 1, y].isContinuation {
                    self[column - 1, y].text.append(character)
                }
                continue
            }
            if column + w > limit { break }
            if column >= 0 {
                clearWide(at: column, y: y)
                self[column, y] = Cell(text: String(character), role: role, attributes: attributes)
                if w == 2 {
                    clearWide(at: column + 1, y: y)
                    self[column + 1, y] = Cell(text: "", role: role, attributes: attributes)
                }
            }
            column += w
        }
        return column - x
    }

    /// Overwriting half of a wide character blanks the other half, so no cell is orphaned.
    private mutating func clearWide(at x: Int, y: Int) {
        guard contains(x: x, y: y) else { return }
        let cell = self[x, y]
        if cell.isContinuation, x > 0 {
            self[x - 1, y] = Cell(text: " ", role: self[x - 1, y].role, attributes: self[x - 1, y].attributes)
        } else if TextWidth.of(cell.text) == 2, x + 1 < width {
            self[x + 1, y] = Cell(text: " ", role: cell.role, attributes: cell.attributes)
        }
    }

    /// Fills a rectangle with one character and role.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, with text: String = " ", role: Role = .text, attributes: Attributes = []) {
        for row in max(0, y)..<min(height, y + h) where row >= 0 {
            for column in max(0, x)..<min(width, x + w) {
                clearWide(at: column, y: row)
                self[column, row] = Cell(text: text, role: role, attributes: attributes)
            }
        }
    }

    /// Changes the role (and attributes) of a run of cells, keeping their text.
    public mutating func paint(x: Int, y: Int, width w: Int, role: Role, attributes: Attributes = []) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + w) {
            self[column, y].role = role
            self[column, y].attributes = attributes
        }
    }

    /// The screen as text, one string per row (continuation cells add nothing), for tests.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width { line += self[column, row].text }
            return line
        }
    }

    /// The rows joined by newlines, trailing spaces trimmed, for snapshot comparisons.
    public var text: String {
        lines.map { line in
            var line = line
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
