/// Where an account stands, spelt as the JSON and the command line spell it.
public enum AccountStatus: String, Codable, CaseIterable, Sendable {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    /// The request is sent; confirmation awaited.
    case submitted
    /// A letter's answer was due and has not come (GDPR Article 12(3)).
    case overdue
    case optedOut = "opted-out"
    /// A linked account's objection covers it.
    case covered
    /// The catalog changed the ticked steps, or the re-check period passed.
    case needsReview = "needs-review"
    /// The platform offers no opt-out.
    case unavailable
    /// The platform says it does not train on its users' content: the user did nothing.
    case notTrained = "not-trained"

    /// The word shown to the user.
    public func label(in language: Language) -> String {
        let word: Word = switch self {
        case .notStarted: .reportStatusLabelNotStarted
        case .inProgress: .reportStatusLabelInProgress
        case .submitted: .reportStatusLabelSubmitted
        case .overdue: .reportStatusLabelOverdue
        case .optedOut: .reportStatusLabelOptedOut
        case .covered: .reportStatusLabelCovered
        case .needsReview: .reportStatusLabelNeedsReview
        case .unavailable: .reportStatusLabelUnavailable
        case .notTrained: .reportStatusLabelNotTrained
        }
        return Words.text(word, in: language)
    }

    /// A symbol, so status never rests on colour alone (ASCII when the terminal cannot do better).
    public func symbol(unicode: Bool) -> String {
        switch self {
        case .notStarted: unicode ? "○" : "-"
        case .inProgress: unicode ? "◐" : "~"
        case .submitted: unicode ? "✉" : ">"
        case .overdue: unicode ? "⚠" : "#"
        case .optedOut: unicode ? "✔" : "+"
        case .covered: unicode ? "⛓" : "="
        case .needsReview: unicode ? "!" : "!"
        case .unavailable: unicode ? "∅" : "x"
        case .notTrained: unicode ? "◇" : "o"
        }
    }

    /// Whether nothing more is expected of the user.
    public var isSettled: Bool { [.optedOut, .covered, .unavailable, .notTrained].contains(self) }
}
