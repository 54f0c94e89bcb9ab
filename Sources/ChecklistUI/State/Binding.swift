import ChecklistEngine

/// One row of the binding table: which keys, in which views, do what, the words that name it
/// and when it cannot run. Dispatch, the footer, the help screen and the "why not" message
/// all read it (lazygit's `{Key, Handler, Description, Tooltip, GetDisabledReason}`).
public struct Binding: Sendable {
    public var keys: [Key]
    public var command: Command
    public var views: Set<ViewKind>
    /// Shown in the footer of these views (the rest only in help).
    public var inFooter: Bool
    /// The short word of the footer.
    public var label: WordKey
    /// The sentence of the help screen.
    public var help: WordKey
    /// Why the command cannot run in this state (the sentence the user reads), or nil.
    public var disabledReason: @Sendable (AppState) -> String?
    /// Whether the footer keeps offering the key while it is disabled ("u undo" with nothing to
    /// undo still teaches the key); otherwise the footer drops it.
    public var staysInFooterWhenDisabled: Bool

    public init(
        _ keys: [Key], _ command: Command, in views: Set<ViewKind>, footer: Bool = false,
        label: WordKey, help: WordKey, staysInFooterWhenDisabled: Bool = true,
        disabledReason: @escaping @Sendable (AppState) -> String? = { _ in nil }
    ) {
        self.keys = keys
        self.command = command
        self.views = views
        self.inFooter = footer
        self.label = label
        self.help = help
        self.staysInFooterWhenDisabled = staysInFooterWhenDisabled
        self.disabledReason = disabledReason
    }

    /// Whether the footer shows it in `state` (a footer row that is not disabled out of it).
    func showsInFooter(_ state: AppState) -> Bool {
        inFooter && (staysInFooterWhenDisabled || disabledReason(state) == nil)
    }
}
