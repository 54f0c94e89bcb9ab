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
        let end = x.addingReportingOverflow(max(0, maxWidth ?? width))
        let limit = maxWidth == nil || end.overflow ? width : min(width, end.partialValue)
        if TextWidth.isPrintableASCII(text) {
            return putASCII(text, x: x, y: y, role: role, attributes: attributes, limit: limit)
        }
        if text.unicodeScalars.allSatisfy(Self.standsAlone) {
            return putScalars(text, x: x, y: y, role: role, attributes: attributes, limit: limit)
        }
        var column = x
        for character in text {
            var character = character
            if character.unicodeScalars.contains(where: SafeText.isUnsafe) {
                character = SafeText.replacement
            }
            let w = TextWidth.of(character)
            if w == 0 {
                // A combining mark joins the previous cell; a lone one is dropped.
                // After a wide character the mark belongs to its first half.
                var base = column - 1
                if base > x, self[base, y].isContinuation { base -= 1 }
                if column > x, base >= x, contains(x: base, y: y), !self[base, y].isContinuation {
                    self[base, y].text.append(character)
                }
                continue
            }
            if column + w > limit { break }
            if column < 0, column + w > 0 {
                // A wide character cut by the left edge: its visible half becomes a space.
                clearWide(at: 0, y: y)
                self[0, y] = Cell(text: " ", role: role, attributes: attributes)
            } else if column >= 0 {
                clearWide(at: column, y: y)
                self[column, y] = Cell(text: String(character), role: role, attributes: attributes)
                if w == 2 {
                    clearWide(at: column + 1, y: y)
                    self[column + 1, y] = .continuation(role: role, attributes: attributes)
                }
            }
            column += w
        }
        return column - x
    }

    /// `put` for printable ASCII, one cell a byte: most of what a frame shows, drawn again on
    /// every key, without walking graphemes.
    private mutating func putASCII(_ text: String, x: Int, y: Int, role: Role, attributes: Attributes, limit: Int) -> Int {
        var column = x
        let width = width, row = y * width
        cells.withUnsafeMutableBufferPointer { cells in
            for byte in text.utf8 {
                if column >= limit { break }
                if column >= 0 {
                    // `clearWide` in place: one uniqueness check for the run, not one a cell.
                    let index = row + column
                    if cells[index].isContinuation {
                        if column > 0 { cells[index - 1] = Cell(ascii: 0x20, role: cells[index - 1].role, attributes: cells[index - 1].attributes) }
                    } else if column + 1 < width, cells[index + 1].isContinuation {
                        cells[index + 1] = Cell(ascii: 0x20, role: cells[index].role, attributes: cells[index].attributes)
                    }
                    cells[index] = Cell(ascii: byte, role: role, attributes: attributes)
                }
                column += 1
            }
        }
        return column - x
    }

    /// `put` for text whose every scalar is a whole character of width 1 or 2 (tick boxes,
    /// arrows, accented Latin, Greek, Cyrillic): no grapheme breaking needed.
    private mutating func putScalars(_ text: String, x: Int, y: Int, role: Role, attributes: Attributes, limit: Int) -> Int {
        var column = x
        for scalar in text.unicodeScalars {
            let w = TextWidth.of(scalar)
            if column + w > limit { break }
            if column < 0, column + w > 0 {
                clearWide(at: 0, y: y)
                cells[y * width] = Cell(ascii: 0x20, role: role, attributes: attributes)
            } else if column >= 0 {
                clearWide(at: column, y: y)
                cells[y * width + column] = Cell(scalar: scalar, role: role, attributes: attributes)
                if w == 2 {
                    clearWide(at: column + 1, y: y)
                    cells[y * width + column + 1] = .continuation(role: role, attributes: attributes)
                }
            }
            column += w
        }
        return column - x
    }

    /// A scalar that is always a character of its own, 1 or 2 columns wide, never unsafe:
    /// none of these combine with a neighbour, join, or select a variation.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0xA0..<0xAD, 0xAE..<0x300,  // ASCII, Latin-1 (not the soft hyphen), Latin
             0x370..<0x483,  // Greek, Cyrillic (their combining marks start at U+0483)
             0x2010..<0x2028,  // dashes, quotes, bullet, ellipsis
             0x2190..<0x2400,  // arrows, mathematical operators, technical
             0x2500..<0x2800:  // box drawing, blocks, geometric shapes, symbols, dingbats (✔ ✎)
            // An emoji among them followed by U+FE0F takes the grapheme path: U+FE0F is in
            // none of these ranges.
            return true
        default:
            return false
        }
    }

    /// Overwriting half of a wide character blanks the other half, so no cell is orphaned.
    /// A wide character is always followed by its continuation, which tells them apart.
    private mutating func clearWide(at x: Int, y: Int) {
        guard contains(x: x, y: y) else { return }
        let index = y * width + x
        if cells[index].isContinuation {
            if x > 0 { cells[index - 1] = Cell(ascii: 0x20, role: cells[index - 1].role, attributes: cells[index - 1].attributes) }
        } else if x + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(ascii: 0x20, role: cells[index].role, attributes: cells[index].attributes)
        }
    }

    /// Fills a rectangle with one character and role. A wide character fills pairs of
    /// cells (an odd column left over gets a space); anything unprintable fills with spaces.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, with text: String = " ", role: Role = .text, attributes: Attributes = []) {
        let left = max(0, x), right = min(width, x.addingReportingOverflow(max(0, w)).partialValue)
        let top = max(0, y), bottom = min(height, y.addingReportingOverflow(max(0, h)).partialValue)
        guard left < right, top < bottom else { return }
        var glyph = text.first.map(String.init) ?? " "
        if glyph.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) { glyph = " " }
        let glyphWidth = TextWidth.of(glyph)
        if glyphWidth != 1, glyphWidth != 2 { glyph = " " }
        let whole = Cell(text: glyph, role: role, attributes: attributes)
        let space = Cell(ascii: 0x20, role: role, attributes: attributes)
        let second = Cell.continuation(role: role, attributes: attributes)
        for row in top..<bottom {
            var column = left
            while column < right {
                clearWide(at: column, y: row)
                if glyphWidth == 2, column + 1 < right {
                    clearWide(at: column + 1, y: row)
                    cells[row * width + column] = whole
                    cells[row * width + column + 1] = second
                    column += 2
                } else {
                    cells[row * width + column] = glyphWidth == 2 ? space : whole
                    column += 1
                }
            }
        }
    }

    /// Changes the role (and attributes) of a run of cells, keeping their text.
    public mutating func paint(x: Int, y: Int, width w: Int, role: Role, attributes: Attributes = []) {
        guard y >= 0, y < height else { return }
        let left = max(0, x), right = min(width, x.addingReportingOverflow(max(0, w)).partialValue)
        guard left < right else { return }
        for column in left..<right {
            self[column, y].role = role
            self[column, y].attributes = attributes
        }
    }

    /// The screen as text, one string per row (continuation cells add nothing), for tests.
    public var lines: [String] {
        (0..<height).map { row in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(width)
            for column in 0..<width { cells[row * width + column].withUTF8 { bytes.append(contentsOf: $0) } }
            return String(decoding: bytes, as: UTF8.self)
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
