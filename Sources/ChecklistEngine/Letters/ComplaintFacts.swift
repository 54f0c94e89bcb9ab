/// What a complaint to a supervisory authority tells beyond the account: to whom, the story
/// with its dates, what came back, and what is enclosed.
public struct ComplaintFacts: Sendable, Equatable {
    public var authority: Authority
    /// The day the controller's answer was due (the extended day once extended), when known.
    public var due: CalendarDay?
    /// Every letter, extension, answer and tick, in any order: the letter sorts them by day.
    public var events: [LetterEvent]
    /// The files sent with the complaint; may be empty.
    public var evidence: [EvidenceFile]
    /// The name of the report file sent with it ("optout-report-2025-08-01.md"), if any.
    public var report: String?

    public init(authority: Authority, due: CalendarDay? = nil, events: [LetterEvent] = [], evidence: [EvidenceFile] = [],
                report: String? = nil) {
        self.authority = authority
        self.due = due
        self.events = events
        self.evidence = evidence
        self.report = report
    }
}

/// One dated thing that happened to the account, as a complaint recounts it.
public struct LetterEvent: Sendable, Equatable {
    public enum What: Sendable, Equatable {
        /// A letter went out.
        case sent(Letter.Kind)
        /// The controller said it takes two more months (Art. 12(3)).
        case extended
        /// An answer came, with the user's note of what it said.
        case answered(note: String?)
        /// A step of the checklist was ticked; its title in the catalog's languages.
        case ticked(step: LocalizedText)
    }

    public var day: CalendarDay
    public var what: What

    public init(day: CalendarDay, what: What) {
        self.day = day
        self.what = what
    }
}

/// A file of proof sent along: its name and its SHA-256 in hex.
public struct EvidenceFile: Sendable, Equatable {
    public var name: String
    public var sha256: String

    public init(name: String, sha256: String) {
        self.name = name
        self.sha256 = sha256
    }
}
