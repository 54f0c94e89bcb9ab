import Foundation

/// The machine-readable status (`optout status --json`, and the JSON report): a stable,
/// documented shape (docs/report-formats.md, docs/status.schema.json) with ISO 8601 UTC
/// times, sorted keys, and every key always present: a missing value is an explicit `null`
/// (`JSONRecord`).
public struct StatusDocument: Codable, JSONRecord, Sendable, Equatable {
    public var schemaVersion: Int
    public var generatedAt: Date
    /// The same instant on the clock of the machine that made it, with its offset.
    public var generatedAtLocal: String
    public var timeZone: String
    public var redacted: Bool
    public var catalogRevision: String
    /// The history chain's count and head as the progress file states them; null for a
    /// version 1 file, which is chained at its next change.
    public var chain: ChainHead?
    public var language: Language
    /// Accounts per status; every status is listed, with 0 when none.
    public var summary: [String: Int]
    public var accounts: [AccountEntry]
    /// The facts of each platform an account is on, by id.
    public var platforms: [PlatformEntry]

    public struct AccountEntry: Codable, JSONRecord, Sendable, Equatable {
        public var id: String
        public var platform: String
        public var platformName: String
        public var label: String?
        public var status: AccountStatus
        public var done: Int
        public var total: Int
        public var coveredBy: String?
        public var created: Date
        public var reviewed: Date?
        public var lastChange: Date?
        public var sentAt: Date?
        public var reviewReasons: [String]
        public var steps: [StepEntry]
        public var history: [HistoryItem]
        /// Personal data: null when redacted.
        public var holder: String?
        public var identifier: String?
        public var letters: [LetterEntry]
        /// The letter to send next and the first day it is due; null when none is.
        public var nextAction: LetterStanding.NextLetter?
    }

    /// A letter and its days, as `YYYY-MM-DD` (the law counts days).
    public struct LetterEntry: Codable, JSONRecord, Sendable, Equatable {
        public var kind: Letter.Kind
        public var sentAt: CalendarDay
        /// One month after `sentAt` for an objection, `Letter.reminderDays` for a reminder,
        /// three months for a complaint (the authority's, Article 78(2)).
        public var dueAt: CalendarDay
        /// When the controller said it extends.
        public var extendedAt: CalendarDay?
        /// Three months after `sentAt`, when the extension was said within the first month.
        public var extendedDueAt: CalendarDay?
        public var answeredAt: CalendarDay?
        /// Answered after its due day, or unanswered with the day passed.
        public var late: Bool
        /// What the answer said; null when redacted.
        public var note: String?

        init(_ letter: Report.LetterReport) {
            kind = letter.kind
            sentAt = letter.sentOn
            dueAt = letter.dueOn
            extendedAt = letter.extendedOn
            extendedDueAt = letter.extendedDueOn
            answeredAt = letter.answeredOn
            late = letter.late
            note = letter.note
        }
    }

    public struct StepEntry: Codable, JSONRecord, Sendable, Equatable {
        public var id: String
        public var title: String
        public var done: Bool
        public var doneAt: Date?
        public var note: String?
        public var optional: Bool
        public var anyOf: Bool
        public var milestone: Milestone?
        public var changed: Bool
        public var steps: [StepEntry]
        /// The files kept as proof of the step (docs/evidence.schema.json's file).
        public var evidence: [EvidenceDocument.File]
    }

    /// The report's shape: one list of platform facts for both.
    public typealias PlatformEntry = Report.PlatformFacts
    public typealias HistoryItem = Report.HistoryItem

    public static let currentSchemaVersion = 1

    public init(
        progress: UserProgress, evaluations: [AccountEvaluation], catalogRevision: String, language: Language, generatedAt: Date,
        redact: Bool = false, timeZone: TimeZone = .current
    ) {
        self.init(report: Report(
            progress: progress, evaluations: evaluations, catalogRevision: catalogRevision, generatedAt: generatedAt,
            language: language, redact: redact, timeZone: timeZone))
    }

    public init(report: Report) {
        self.schemaVersion = Self.currentSchemaVersion
        self.generatedAt = report.generatedAt
        self.generatedAtLocal = report.localTimestamp(report.generatedAt)
        self.timeZone = report.timeZone.identifier
        self.redacted = report.redacted
        self.catalogRevision = report.catalogRevision
        self.chain = report.chain
        self.language = report.language
        var summary: [String: Int] = [:]
        for count in report.summary { summary[count.status.rawValue] = count.count }
        self.summary = summary
        func entry(_ step: Report.StepReport) -> StepEntry {
            StepEntry(id: step.id, title: step.title, done: step.done, doneAt: step.doneAt, note: step.note, optional: step.optional,
                      anyOf: step.anyOf, milestone: step.milestone, changed: step.changed, steps: step.steps.map(entry),
                      evidence: step.evidence)
        }
        self.accounts = report.accounts.map { account in
            AccountEntry(
                id: account.id, platform: account.platformID, platformName: account.platformName, label: account.label,
                status: account.status, done: account.done, total: account.total, coveredBy: account.coveredBy,
                created: account.created, reviewed: account.reviewed, lastChange: account.lastChange, sentAt: account.sentAt,
                reviewReasons: account.reviewReasons, steps: account.steps.map(entry),
                history: account.history, holder: account.holder, identifier: account.identifier,
                letters: account.letters.map(LetterEntry.init), nextAction: account.nextLetter)
        }
        self.platforms = report.platforms
    }

    /// Pretty JSON with sorted keys: the same input always gives the same bytes.
    public func json() throws -> Data {
        try ProgressCoding.encoder.encode(self)
    }
}
