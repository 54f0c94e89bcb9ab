import Foundation

/// The machine-readable status (`optout status --json`, and the JSON report): a stable,
/// documented shape (docs/report-formats.md, docs/status.schema.json) with ISO 8601 UTC
/// times, sorted keys, and every key always present: a missing value is an explicit `null`.
public struct StatusDocument: Codable, Sendable, Equatable {
    public var schemaVersion: Int
    public var generatedAt: Date
    /// The same instant on the clock of the machine that made it, with its offset.
    public var generatedAtLocal: String
    public var timeZone: String
    public var redacted: Bool
    public var catalogRevision: String
    public var language: Language
    /// Accounts per status; every status is listed, with 0 when none.
    public var summary: [String: Int]
    public var accounts: [AccountEntry]
    /// The facts of each platform an account is on, by id.
    public var platforms: [PlatformEntry]

    public struct AccountEntry: Codable, Sendable, Equatable {
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
    }

    public struct StepEntry: Codable, Sendable, Equatable {
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
    }

    public struct PlatformEntry: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var vendor: String
        public var group: String?
        public var kind: PlatformKind
        public var jurisdictions: [String]
        public var legalBasis: String?
        public var deadline: CalendarDay?
        public var effect: Effect
        public var confidence: Confidence
        public var lastVerified: CalendarDay
        public var recheckDays: Int?
        public var summary: String
        public var sources: [Source]
    }

    public struct HistoryItem: Codable, Sendable, Equatable {
        public var at: Date
        public var action: HistoryEntry.Action
        public var step: String?
        public var detail: String?
    }

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
        self.language = report.language
        var summary: [String: Int] = [:]
        for count in report.summary { summary[count.status.rawValue] = count.count }
        self.summary = summary
        func entry(_ step: Report.StepReport) -> StepEntry {
            StepEntry(id: step.id, title: step.title, done: step.done, doneAt: step.doneAt, note: step.note, optional: step.optional,
                      anyOf: step.anyOf, milestone: step.milestone, changed: step.changed, steps: step.steps.map(entry))
        }
        self.accounts = report.accounts.map { account in
            AccountEntry(
                id: account.id, platform: account.platformID, platformName: account.platformName, label: account.label,
                status: account.status, done: account.done, total: account.total, coveredBy: account.coveredBy,
                created: account.created, reviewed: account.reviewed, lastChange: account.lastChange, sentAt: account.sentAt,
                reviewReasons: account.reviewReasons, steps: account.steps.map(entry),
                history: account.history.map { HistoryItem(at: $0.at, action: $0.action, step: $0.step, detail: $0.detail) })
        }
        self.platforms = report.platforms.map { p in
            PlatformEntry(id: p.id, name: p.name, vendor: p.vendor, group: p.group, kind: p.kind, jurisdictions: p.jurisdictions,
                          legalBasis: p.legalBasis, deadline: p.deadline, effect: p.effect, confidence: p.confidence,
                          lastVerified: p.lastVerified, recheckDays: p.recheckDays, summary: p.summary, sources: p.sources)
        }
    }

    /// Pretty JSON with sorted keys: the same input always gives the same bytes.
    public func json() throws -> Data {
        try ProgressCoding.encoder.encode(self)
    }
}

// Written by hand so that nil is an explicit `null`: scripts see the same keys every time.
// Decoding stays synthesised (it reads `null` and missing keys alike).

extension StatusDocument {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(generatedAt, forKey: .generatedAt)
        try c.encode(generatedAtLocal, forKey: .generatedAtLocal)
        try c.encode(timeZone, forKey: .timeZone)
        try c.encode(redacted, forKey: .redacted)
        try c.encode(catalogRevision, forKey: .catalogRevision)
        try c.encode(language, forKey: .language)
        try c.encode(summary, forKey: .summary)
        try c.encode(accounts, forKey: .accounts)
        try c.encode(platforms, forKey: .platforms)
    }
}

extension StatusDocument.AccountEntry {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(platform, forKey: .platform)
        try c.encode(platformName, forKey: .platformName)
        try c.encode(label, forKey: .label)
        try c.encode(status, forKey: .status)
        try c.encode(done, forKey: .done)
        try c.encode(total, forKey: .total)
        try c.encode(coveredBy, forKey: .coveredBy)
        try c.encode(created, forKey: .created)
        try c.encode(reviewed, forKey: .reviewed)
        try c.encode(lastChange, forKey: .lastChange)
        try c.encode(sentAt, forKey: .sentAt)
        try c.encode(reviewReasons, forKey: .reviewReasons)
        try c.encode(steps, forKey: .steps)
        try c.encode(history, forKey: .history)
    }
}

extension StatusDocument.StepEntry {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(done, forKey: .done)
        try c.encode(doneAt, forKey: .doneAt)
        try c.encode(note, forKey: .note)
        try c.encode(optional, forKey: .optional)
        try c.encode(anyOf, forKey: .anyOf)
        try c.encode(milestone, forKey: .milestone)
        try c.encode(changed, forKey: .changed)
        try c.encode(steps, forKey: .steps)
    }
}

extension StatusDocument.PlatformEntry {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(vendor, forKey: .vendor)
        try c.encode(group, forKey: .group)
        try c.encode(kind, forKey: .kind)
        try c.encode(jurisdictions, forKey: .jurisdictions)
        try c.encode(legalBasis, forKey: .legalBasis)
        try c.encode(deadline, forKey: .deadline)
        try c.encode(effect, forKey: .effect)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(lastVerified, forKey: .lastVerified)
        try c.encode(recheckDays, forKey: .recheckDays)
        try c.encode(summary, forKey: .summary)
        try c.encode(sources, forKey: .sources)
    }
}

extension StatusDocument.HistoryItem {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(at, forKey: .at)
        try c.encode(action, forKey: .action)
        try c.encode(step, forKey: .step)
        try c.encode(detail, forKey: .detail)
    }
}
