import ChecklistEngine

/// The frame of every page: the title bar and a blank line on top, the message line (two
/// when the message needs them) and the key footer at the bottom, the body between.
public struct FrameLayout: Equatable, Sendable {
    public enum Tone: Equatable, Sendable { case info, error, warning }

    public var width: Int
    public var height: Int
    /// The status line as drawn: one or two rows, never ending in a cut word.
    public var messageLines: [String]
    public var tone: Tone
    /// The message did not fit in two rows: its end gave way at a word, and help shows it whole.
    public var messageShortened: Bool

    public init(_ state: AppState) {
        width = state.width
        height = state.height
        let text: String?
        if let message = state.message {
            text = message.text
            tone = message.kind == .error ? .error : .info
        } else if let notice = state.startupNotice {
            text = notice
            tone = .error
        } else {
            text = state.readOnlyReason
            tone = .warning
        }
        let room = max(1, state.width - 2)
        let lines = text.map { TextWidth.wrap($0, to: room) } ?? []
        // Two rows at most, and only where the body keeps room for a list.
        let rows = state.height >= Layout.minimumHeight ? 2 : 1
        messageShortened = lines.count > rows
        if messageShortened {
            let rest = lines[(rows - 1)...].joined(separator: " ")
            messageLines = Array(lines.prefix(rows - 1)) + [Self.shorten(rest, to: room, ellipsis: Glyphs(unicode: state.unicode).ellipsis)]
        } else {
            messageLines = lines
        }
    }

    /// The colour role of the status line.
    public var role: Role { tone == .info ? .accent : (tone == .error ? .error : .warning) }

    /// The footer's row.
    public var footerRow: Int { height - 1 }

    /// The rows of the status line, just above the footer.
    public var messageRows: Range<Int> {
        let count = max(1, messageLines.count)
        return max(0, height - 1 - count)..<max(0, height - 1)
    }

    /// Between the title bar (and a blank line) and the status line.
    public var body: Range<Int> { 2..<max(2, messageRows.lowerBound) }

    /// `text` cut after its last whole word that fits with the ellipsis.
    static func shorten(_ text: String, to columns: Int, ellipsis: String) -> String {
        var shown = ""
        for word in text.split(separator: " ") {
            let next = shown.isEmpty ? String(word) : shown + " " + word
            guard TextWidth.of(next + " " + ellipsis) <= columns else { break }
            shown = next
        }
        // A first word longer than the row: cut it after all (nothing else would show).
        if shown.isEmpty { return TextWidth.truncate(text, to: columns, ellipsis: ellipsis) }
        return shown + " " + ellipsis
    }
}
