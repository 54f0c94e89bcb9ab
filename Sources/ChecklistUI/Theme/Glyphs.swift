/// The symbols views draw, in Unicode or, when the locale is not UTF-8, in ASCII.
public struct Glyphs: Sendable, Equatable {
    public var unicode: Bool

    public init(unicode: Bool) { self.unicode = unicode }

    public var ticked: String { unicode ? "[✔]" : "[x]" }
    public var unticked: String { "[ ]" }
    public var partly: String { unicode ? "[·]" : "[.]" }
    public var expanded: String { unicode ? "▾" : "v" }
    public var collapsed: String { unicode ? "▸" : ">" }
    public var barDone: String { unicode ? "█" : "#" }
    public var barTodo: String { unicode ? "░" : "." }
    public var horizontal: String { unicode ? "─" : "-" }
    public var vertical: String { unicode ? "│" : "|" }
    public var topLeft: String { unicode ? "┌" : "+" }
    public var topRight: String { unicode ? "┐" : "+" }
    public var bottomLeft: String { unicode ? "└" : "+" }
    public var bottomRight: String { unicode ? "┘" : "+" }
    public var bullet: String { unicode ? "•" : "*" }
    public var note: String { unicode ? "✎" : "n" }
    public var separator: String { unicode ? "·" : "-" }
    public var pointer: String { unicode ? "›" : ">" }
    public var ellipsis: String { unicode ? "…" : "~" }
}
