/// One terminal cell. A wide character fills its cell and the next, which is a continuation
/// (empty `text`), as in ratatui's buffer.
///
/// The grapheme's UTF-8 is held inline, with no `String`: a cell is 32 plain bytes, so a frame
/// of 1,920 cells is rendered and diffed with no reference counting, and a row compares with
/// one `memcmp` (see `ScreenDiff`). Every field is a whole byte or word, so the 32 bytes hold
/// no padding and two equal cells are equal byte for byte.
public struct Cell: Sendable, Hashable {
    /// The most UTF-8 bytes a cell holds: every emoji sequence (a family of four is 25, a
    /// subdivision flag 28) and a base with a dozen combining marks. A longer grapheme keeps
    /// the whole scalars that fit; terminals draw at most a base and four marks of it anyway
    /// (curses' `CCHARW_MAX`).
    public static let capacity = 28

    private var head: (UInt64, UInt64, UInt64)
    private var tail: UInt32
    private var count: UInt8
    public var role: Role
    public var attributes: Attributes
    private var reserved: UInt8 = 0  // keeps the layout free of padding bytes

    public init(text: String = " ", role: Role = .text, attributes: Attributes = []) {
        head = (0, 0, 0)
        tail = 0
        count = 0
        self.role = role
        self.attributes = attributes
        store(text)
    }

    /// One printable ASCII byte (the caller checks): most cells of a frame.
    init(ascii byte: UInt8, role: Role, attributes: Attributes) {
        self.init(packed: UInt64(byte), count: 1, role: role, attributes: attributes)
    }

    /// One scalar that is a whole character.
    init(scalar: Unicode.Scalar, role: Role, attributes: Attributes) {
        var packed: UInt64 = 0
        var length: UInt64 = 0
        for byte in scalar.utf8 {
            packed |= UInt64(byte) << (8 * length)
            length += 1
        }
        self.init(packed: packed, count: UInt8(length), role: role, attributes: attributes)
    }

    /// The second half of a wide character.
    static func continuation(role: Role, attributes: Attributes) -> Cell {
        Cell(packed: 0, count: 0, role: role, attributes: attributes)
    }

    private init(packed: UInt64, count: UInt8, role: Role, attributes: Attributes) {
        head = (packed.littleEndian, 0, 0)
        tail = 0
        self.count = count
        self.role = role
        self.attributes = attributes
    }

    public static let blank = Cell()

    /// One grapheme of width 1 or 2, a space, or "" for the continuation of a wide one.
    public var text: String {
        get { withUTF8 { String(decoding: $0, as: UTF8.self) } }
        set { store(newValue) }
    }

    public var isContinuation: Bool { count == 0 }

    /// The one byte of a cell holding a single ASCII character, else nil.
    var asciiByte: UInt8? {
        guard count == 1 else { return nil }
        let byte = UInt8(truncatingIfNeeded: UInt64(littleEndian: head.0))
        return byte < 0x80 ? byte : nil
    }

    /// Calls `body` with the cell's UTF-8 bytes.
    public func withUTF8<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        var copy = self
        return try withUnsafeBytes(of: &copy) { raw in
            try body(UnsafeRawBufferPointer(rebasing: raw.prefix(Int(count))))
        }
    }

    private mutating func store(_ text: String) {
        head = (0, 0, 0)
        tail = 0
        var length = 0
        for scalar in text.unicodeScalars {
            guard length + scalar.utf8.count <= Self.capacity else { break }
            withUnsafeMutableBytes(of: &self) { raw in
                for byte in scalar.utf8 {
                    raw[length] = byte
                    length += 1
                }
            }
        }
        count = UInt8(length)
    }

    public static func == (lhs: Cell, rhs: Cell) -> Bool {
        lhs.head == rhs.head && lhs.tail == rhs.tail && lhs.count == rhs.count
            && lhs.role == rhs.role && lhs.attributes == rhs.attributes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(head.0)
        hasher.combine(head.1)
        hasher.combine(head.2)
        hasher.combine(tail)
        hasher.combine(count)
        hasher.combine(role)
        hasher.combine(attributes)
    }

    /// True when the fields lie as `withUTF8` and `ScreenDiff`'s row comparison expect: the
    /// bytes first, from offset 0, and no padding (a test holds it).
    static var isPacked: Bool {
        MemoryLayout<Cell>.size == 32 && MemoryLayout<Cell>.stride == 32
            && MemoryLayout<Cell>.offset(of: \Cell.tail) == 24 && MemoryLayout<Cell>.offset(of: \Cell.reserved) == 31
    }
}
