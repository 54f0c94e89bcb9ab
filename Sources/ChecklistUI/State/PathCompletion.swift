/// What Tab found for the path typed so far: the text to put in the field (the longest
/// common start of the names that match), and the names themselves when more than one does.
public struct PathCompletion: Sendable, Equatable {
    /// The text the completion was asked for: a field that changed since keeps its text.
    public var typed: String
    public var completed: String
    /// The matching names (folders end in `/`), when there is a choice; empty when one matched.
    public var candidates: [String]
    /// Nothing in the folder starts with what was typed (or the folder cannot be read).
    public var noMatch: Bool

    public init(typed: String, completed: String, candidates: [String] = [], noMatch: Bool = false) {
        self.typed = typed
        self.completed = completed
        self.candidates = candidates
        self.noMatch = noMatch
    }
}
