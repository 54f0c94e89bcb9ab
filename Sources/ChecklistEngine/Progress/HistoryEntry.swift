import Foundation

/// One change, appended to the progress file's history and never rewritten.
public struct HistoryEntry: Codable, Sendable, Equatable {
    public enum Action: String, Codable, Sendable, CaseIterable {
        case addAccount = "add-account"
        case removeAccount = "remove-account"
        case restoreAccount = "restore-account"
        case relabel
        case tick
        case untick
        case note
        case cover
        case uncover
        case review
        case holder
        case identifier
        case letterSent = "letter-sent"
        case letterExtended = "letter-extended"
        case letterAnswered = "letter-answered"
        /// Undo or redo of a letter change: the letters are as they were.
        case restoreLetters = "restore-letters"
    }

    public var at: Date
    public var action: Action
    public var account: String
    public var platform: String?
    public var step: String?
    /// A label, a note, a holder, an identifier or the covering account, depending on the action.
    public var detail: String?
    /// The letter a letter action was about.
    public var letter: Letter.Kind?
    /// The day it was sent, extended or answered (the user may give an earlier day than `at`).
    public var day: CalendarDay?

    public init(
        at: Date, action: Action, account: String, platform: String? = nil, step: String? = nil, detail: String? = nil,
        letter: Letter.Kind? = nil, day: CalendarDay? = nil
    ) {
        self.at = at
        self.action = action
        self.account = account
        self.platform = platform
        self.step = step
        self.detail = detail
        self.letter = letter
        self.day = day
    }
}
