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
        /// The file went from an earlier schema to this one; `detail` is the version it had.
        case upgrade
        case holder
        case identifier
        case letterSent = "letter-sent"
        case letterExtended = "letter-extended"
        case letterAnswered = "letter-answered"
        /// Undo or redo of a letter change: the letters are as they were.
        case restoreLetters = "restore-letters"
        /// A file was attached to a step as evidence (or put back by undo): `evidence` is its
        /// hash, `detail` its name.
        case evidenceAttached = "evidence-attached"
        /// A file was taken off a step: the history keeps that it was there.
        case evidenceRemoved = "evidence-removed"
    }

    public var at: Date
    public var action: Action
    /// The account the change is about; empty for a change of the whole file (`upgrade`).
    public var account: String
    public var platform: String?
    public var step: String?
    /// A label, a note, a holder, an identifier or the covering account, depending on the action.
    public var detail: String?
    /// The letter a letter action was about.
    public var letter: Letter.Kind?
    /// The day it was sent, extended or answered (the user may give an earlier day than `at`).
    public var day: CalendarDay?
    /// The SHA-256 of the file an evidence action was about.
    public var evidence: String?

    /// The `hash` of the entry before this one (`HistoryChain.genesis` for the first):
    /// nil only in a version 1 file, whose entries are chained at its upgrade.
    public var previous: String?
    /// SHA-256 of this entry as the progress file writes it, without this field
    /// (`HistoryChain.hash(of:)`), in lower-case hex.
    public var hash: String?

    public init(
        at: Date, action: Action, account: String, platform: String? = nil, step: String? = nil, detail: String? = nil,
        letter: Letter.Kind? = nil, day: CalendarDay? = nil, evidence: String? = nil, previous: String? = nil, hash: String? = nil
    ) {
        self.at = at
        self.action = action
        self.account = account
        self.platform = platform
        self.step = step
        self.detail = detail
        self.letter = letter
        self.day = day
        self.evidence = evidence
        self.previous = previous
        self.hash = hash
    }
}
