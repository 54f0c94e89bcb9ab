import ChecklistEngine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What changed between two frames, as runs of cells per row: the terminal draws only
/// these. Pure, so it is tested without a terminal.
public enum ScreenDiff {
    /// Consecutive cells of one row to draw again. A run never starts on the second half of
    /// a wide character nor ends between its halves.
    public struct Run: Sendable, Hashable {
        public var x: Int
        public var y: Int
        public var cells: [Cell]

        public init(x: Int, y: Int, cells: [Cell]) {
            self.x = x
            self.y = y
            self.cells = cells
        }

        /// The run as what to draw where: one glyph per character, each 1 or 2 columns wide,
        /// with anything a terminal could misread repaired (a wide character without its
        /// second half, a lone second half, control characters, empty or over-long cells).
        public var glyphs: [Glyph] {
            var glyphs: [Glyph] = []
            glyphs.reserveCapacity(cells.count)
            var index = 0
            while index < cells.count {
                let cell = cells[index]
                let column = x + index
                if let byte = cell.asciiByte, byte >= 0x20, byte < 0x7F {
                    // Most cells: one printable byte, one column, nothing to repair.
                    glyphs.append(Glyph(x: column, text: Glyph.ascii[Int(byte)], width: 1, role: cell.role, attributes: cell.attributes))
                    index += 1
                    continue
                }
                var text = Glyph.clean(cell.text)
                var width = text.isEmpty ? 0 : TextWidth.of(text)
                if width == 2, !(index + 1 < cells.count && cells[index + 1].isContinuation) {
                    text = " "  // no room for its second half
                    width = 1
                } else if width != 1, width != 2 {
                    text = " "  // a lone second half, or nothing printable
                    width = 1
                }
                glyphs.append(Glyph(x: column, text: text, width: width, role: cell.role, attributes: cell.attributes))
                index += width
            }
            return glyphs
        }
    }

    /// One character to draw at a column.
    public struct Glyph: Sendable, Hashable {
        public var x: Int
        /// One grapheme (a base and its combining marks).
        public var text: String
        /// 1 or 2 columns.
        public var width: Int
        public var role: Role
        public var attributes: Attributes

        public init(x: Int, text: String, width: Int, role: Role, attributes: Attributes) {
            self.x = x
            self.text = text
            self.width = width
            self.role = role
            self.attributes = attributes
        }

        /// Each ASCII character as a string, made once rather than for every glyph drawn.
        static let ascii: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

        /// The cell's first grapheme, with control characters replaced.
        static func clean(_ text: String) -> String {
            if text.utf8.count == 1, let byte = text.utf8.first, byte >= 0x20, byte < 0x7F { return text }
            guard let first = text.first else { return "" }
            if first.unicodeScalars.contains(where: SafeText.isUnsafe) { return String(SafeText.replacement) }
            return String(first)
        }
    }

    /// The runs that turn `old` into `new`; every row whole when there is no old frame or
    /// its size differs.
    public static func runs(from old: Screen?, to new: Screen) -> [Run] {
        guard new.width > 0, new.height > 0 else { return [] }
        guard let old, old.width == new.width, old.height == new.height else {
            return (0..<new.height).map { y in Run(x: 0, y: y, cells: row(y, of: new, from: 0, to: new.width)) }
        }
        // Both frames have the same size: compare the cell arrays in place, row by row (no
        // copy of each cell, which a frame of 1,920 cells paid on every key); a row that did
        // not change is one `memcmp` of its plain cells.
        let width = new.width
        let spans = old.cells.withUnsafeBufferPointer { before in
            new.cells.withUnsafeBufferPointer { after in
                changedSpans(before, after, width: width, height: new.height)
            }
        }
        return spans.map { Run(x: $0.start, y: $0.y, cells: Self.row($0.y, of: new, from: $0.start, to: $0.end)) }
    }

    /// Per row, the stretches of cells that differ, widened to whole wide characters and
    /// merged when they touch.
    private static func changedSpans(
        _ before: UnsafeBufferPointer<Cell>, _ after: UnsafeBufferPointer<Cell>, width: Int, height: Int
    ) -> [(y: Int, start: Int, end: Int)] {
        var spans: [(y: Int, start: Int, end: Int)] = []
        let rowBytes = width * MemoryLayout<Cell>.stride
        for y in 0..<height {
            let row = y * width
            if Cell.isPacked, let left = before.baseAddress, let right = after.baseAddress,
               memcmp(left + row, right + row, rowBytes) == 0 {
                continue
            }
            var x = 0
            var pending: (start: Int, end: Int)?
            while x < width {
                guard before[row + x] != after[row + x] else {
                    x += 1
                    continue
                }
                var start = x
                var end = x + 1
                while end < width, before[row + end] != after[row + end] { end += 1 }
                // Widen to whole wide characters, in either frame.
                while start > 0, after[row + start].isContinuation || before[row + start].isContinuation { start -= 1 }
                while end < width, after[row + end].isContinuation || before[row + end].isContinuation { end += 1 }
                if let current = pending, start <= current.end {
                    pending = (current.start, max(current.end, end))
                } else {
                    if let current = pending { spans.append((y, current.start, current.end)) }
                    pending = (start, end)
                }
                x = end
            }
            if let current = pending { spans.append((y, current.start, current.end)) }
        }
        return spans
    }

    private static func row(_ y: Int, of screen: Screen, from start: Int, to end: Int) -> [Cell] {
        Array(screen.cells[(y * screen.width + start)..<(y * screen.width + end)])
    }
}
