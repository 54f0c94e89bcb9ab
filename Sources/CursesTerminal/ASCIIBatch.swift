import ChecklistUI

/// Consecutive glyphs of one row that are printable ASCII with the same role and
/// attributes: what `CursesTerminal.draw` sends in one call.
struct ASCIIBatch {
    private(set) var x = 0
    private(set) var bytes: [UInt8] = []
    private(set) var role = Role.text
    private(set) var attributes: Attributes = []

    /// Adds `glyph` when it continues the batch; false when the batch must be drawn first.
    mutating func append(_ glyph: ScreenDiff.Glyph) -> Bool {
        guard !bytes.isEmpty, glyph.x == x + bytes.count, glyph.role == role, glyph.attributes == attributes,
              let byte = Self.byte(of: glyph) else { return false }
        bytes.append(byte)
        return true
    }

    /// Starts a new batch with `glyph`; false (and an empty batch) when it is not ASCII.
    mutating func start(with glyph: ScreenDiff.Glyph) -> Bool {
        bytes.removeAll(keepingCapacity: true)
        guard let byte = Self.byte(of: glyph) else { return false }
        x = glyph.x
        role = glyph.role
        attributes = glyph.attributes
        bytes.append(byte)
        return true
    }

    private static func byte(of glyph: ScreenDiff.Glyph) -> UInt8? {
        guard glyph.width == 1, glyph.text.utf8.count == 1, let byte = glyph.text.utf8.first,
              byte >= 0x20, byte < 0x7F else { return nil }
        return byte
    }
}
