import ChecklistEngine

/// The help frame and its lines: from row 1 to the status line, one line per command of the
/// view, then the statuses; a message too long for the status line shows whole on top.
/// `reduce` scrolls with `lines.count` and `textRows`, the view draws the same lines.
public struct HelpLayout: Sendable {
    /// One line of help: a key column and its text, in a role.
    public struct Line: Equatable, Sendable {
        public var keys: String
        public var text: String
        public var role: Role
    }

    public var across: ModalFrame
    public var y = 1
    public var height: Int
    public var lines: [Line]

    public init(of view: ViewKind, _ state: AppState) {
        let frame = FrameLayout(state)
        across = ModalFrame(screenWidth: state.width)
        height = max(4, frame.messageRows.lowerBound)
        var lines: [Line] = []
        if frame.messageShortened, let text = state.message?.text ?? state.startupNotice ?? state.readOnlyReason {
            lines += TextWidth.wrap(text, to: max(1, across.width - 4)).map { Line(keys: "", text: $0, role: frame.role) }
            lines.append(Line(keys: "", text: "", role: .text))
        }
        for binding in state.bindings.bindings(in: view) {
            let keys = binding.keys.map { $0.displayName(unicode: state.unicode, language: state.language) }.joined(separator: ", ")
            lines.append(Line(keys: keys, text: binding.help.text(in: state.language), role: .text))
        }
        lines.append(Line(keys: "", text: "", role: .text))
        lines.append(Line(keys: state.text(.uiDetailStatuses), text: "", role: .heading))
        for status in AccountStatus.allCases {
            lines.append(Line(keys: status.symbol(unicode: state.unicode), text: status.label(in: state.language), role: StatusStyle.role(of: status)))
        }
        self.lines = lines
    }

    public var textRows: Range<Int> { (y + 1)..<(y + height - 1) }

    /// The furthest `top` goes: the last line shows at the bottom of the frame.
    public var lastTop: Int { max(0, lines.count - textRows.count) }
}
