/// One terminal cell. A wide character fills its cell and the next, which is a continuation
/// (empty `text`), as in ratatui's buffer.
public struct Cell: Sendable, Hashable {
    /// One grapheme of width 1 or 2, a space, or "" for the continuation of a wide one.
    public var text: String
    public var role: Role
    public var attributes: Attributes

    public init(text: String = " ", role: Role = .text, attributes: Attributes = []) {
        self.text = text
        self.role = role
        self.attributes = attributes
    }

    public static let blank = Cell()

    public var isContinuation: Bool { text.isEmpty }
}
