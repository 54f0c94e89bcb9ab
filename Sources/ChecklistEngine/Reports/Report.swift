import Foundation

/// A report of the user's progress, built once and then written in any format. Every text
/// in it has already gone through `SafeText` (no control characters; notes and catalog
/// paragraphs keep their newlines), so each writer only adds its own format's escaping.
public struct Report: Sendable, Equatable {
    public var language: Language
    public var generatedAt: Date
    /// The zone local times are shown in; UTC times are always given beside them.
    public var timeZone: TimeZone
    /// The zone's letters ("CEST"), read once from tzdata.
    public var zoneLetters: ZoneLetters?
    public var catalogRevision: String
    /// The count and head of the history chain as the progress file states them (nil for a
    /// version 1 file), so a printed report can be checked against the file later.
    public var chain: ChainHead?
    /// Labels replaced by "Instagram 1"..., notes, holders, identifiers and history details left out.
    public var redacted: Bool
    /// "1 of 3 accounts opted out or covered".
    public var headline: String
    /// Every status, in `AccountStatus.allCases` order, with its number of accounts.
    public var summary: [StatusCount]
    public var accounts: [AccountReport]
    /// The facts of each platform some account is on, sorted by id.
    public var platforms: [PlatformFacts]

    public struct StatusCount: Sendable, Equatable {
        public var status: AccountStatus
        public var count: Int
    }

    public struct AccountReport: Sendable, Equatable {
        public var id: String
        public var platformID: String
        /// The catalog's name, or the platform id when the catalog no longer has it.
        public var platformName: String
        /// The user's label, the numbered stand-in when redacted, or nil.
        public var label: String?
        public var status: AccountStatus
        public var done: Int
        public var total: Int
        public var coveredBy: String?
        public var created: Date
        public var reviewed: Date?
        public var lastChange: Date?
        /// When the request was first marked sent: the earliest ticked milestone step.
        public var sentAt: Date?
        public var reviewReasons: [String]
        /// Nil when the platform is no longer in the catalog.
        public var platform: PlatformFacts?
        public var steps: [StepReport]
        /// This account's changes, oldest first.
        public var history: [HistoryItem]
        /// Who the account belongs to and what the platform knows it by; nil when redacted.
        public var holder: String?
        public var identifier: String?
        /// Every letter sent about it, oldest first.
        public var letters: [LetterReport]
        /// The letter to send next, and from when.
        public var nextLetter: LetterStanding.NextLetter?

        /// How the account is named to the reader.
        public var displayName: String { label ?? id }

        /// Every step, depth first, as the tables list them.
        public var allSteps: [StepReport] { steps.flatMap(\.flattened) }
    }

    public struct StepReport: Sendable, Equatable {
        public var id: String
        /// Where the step sits in the tree ("1.2"), so flat tables still show the nesting.
        public var number: String
        public var title: String
        public var done: Bool
        public var doneAt: Date?
        public var note: String?
        public var optional: Bool
        /// Any one child completes it (alternative routes).
        public var anyOf: Bool
        public var milestone: Milestone?
        /// The step changed in the catalog since it was ticked.
        public var changed: Bool
        public var steps: [StepReport]
        /// The files kept as proof of the step, oldest first (redacted: without the email's
        /// sender and recipient).
        public var evidence: [EvidenceDocument.File] = []

        /// 1 for a top-level step.
        public var depth: Int { number.split(separator: ".").count }

        public var flattened: [StepReport] { [self] + steps.flatMap(\.flattened) }
    }

    public struct HistoryItem: Codable, JSONRecord, Sendable, Equatable {
        public var at: Date
        public var action: HistoryEntry.Action
        public var step: String?
        /// The label, note, holder, identifier or covering account the change set; nil when redacted.
        public var detail: String?
        /// The letter a letter action was about, and its day.
        public var letter: Letter.Kind?
        public var day: CalendarDay?
    }

    /// One letter, with the days the law gives it.
    public struct LetterReport: Sendable, Equatable {
        public var kind: Letter.Kind
        public var sentOn: CalendarDay
        /// The answer's day before any extension.
        public var dueOn: CalendarDay
        public var extendedOn: CalendarDay?
        /// Three months after it was sent, when the extension was said in time.
        public var extendedDueOn: CalendarDay?
        public var answeredOn: CalendarDay?
        /// Answered after its day, or not answered and its day has passed.
        public var late: Bool
        /// What the answer said; nil when redacted.
        public var note: String?

        init(_ letter: Letter, today: CalendarDay, redact: Bool) {
            kind = letter.kind
            sentOn = letter.sentOn
            dueOn = letter.dueOn
            extendedOn = letter.extendedOn
            extendedDueOn = letter.extendedDueOn
            answeredOn = letter.answeredOn
            late = letter.isLate(today: today)
            note = redact ? nil : letter.note.map(SafeText.block)
        }

        /// The day the answer is due, extension included.
        public var answerDueOn: CalendarDay { extendedDueOn ?? dueOn }
    }

    /// Evaluates the accounts at `now` and builds the report.
    public init(progress: UserProgress, catalog: Catalog, now: Date, language: Language, redact: Bool, timeZone: TimeZone = .current) {
        let evaluations = StatusEvaluator(catalog: catalog, now: now, timeZone: timeZone).evaluate(progress)
        self.init(progress: progress, evaluations: evaluations, catalogRevision: catalog.revision, generatedAt: now,
                  language: language, redact: redact, timeZone: timeZone)
    }

    /// Builds the report from evaluations already made (the status command has them).
    public init(
        progress: UserProgress, evaluations: [AccountEvaluation], catalogRevision: String, generatedAt: Date,
        language: Language, redact: Bool, timeZone: TimeZone
    ) {
        self.language = language
        self.generatedAt = generatedAt
        self.timeZone = timeZone
        self.zoneLetters = ZoneLetters(timeZone: timeZone)
        self.catalogRevision = SafeText.line(catalogRevision)
        self.chain = progress.chain.map { ChainHead(count: $0.count, head: SafeText.line($0.head)) }
        self.redacted = redact
        self.headline = StatusText(language: language, unicode: true, timeZone: timeZone).summaryLine(evaluations)
        self.summary = AccountStatus.allCases.map { status in
            StatusCount(status: status, count: evaluations.filter { $0.status == status }.count)
        }

        var historyByAccount: [String: [HistoryItem]] = [:]
        for entry in progress.history {
            let block = entry.action == .note || entry.action == .letterAnswered
            historyByAccount[entry.account, default: []].append(HistoryItem(
                at: entry.at, action: entry.action, step: entry.step.map(SafeText.line),
                detail: redact ? nil : entry.detail.map(block ? SafeText.block : SafeText.line), letter: entry.letter, day: entry.day))
        }

        var facts: [String: PlatformFacts] = [:]
        var numberPerPlatform: [String: Int] = [:]
        self.accounts = evaluations.map { evaluation in
            let account = evaluation.account
            let platformName = SafeText.line(evaluation.platform?.name(in: language) ?? account.platform)
            let label: String?
            if redact {
                numberPerPlatform[account.platform, default: 0] += 1
                label = "\(platformName) \(numberPerPlatform[account.platform] ?? 0)"
            } else {
                label = account.label.map(SafeText.line)
            }
            let platform = evaluation.platform.map { PlatformFacts($0, language: language) }
            if let platform { facts[platform.id] = platform }
            return AccountReport(
                id: SafeText.line(account.id), platformID: SafeText.line(account.platform), platformName: platformName,
                label: label, status: evaluation.status, done: evaluation.done, total: evaluation.total,
                coveredBy: account.coveredBy.map(SafeText.line), created: account.created, reviewed: account.reviewed,
                lastChange: evaluation.lastChange, sentAt: Self.sentAt(evaluation),
                reviewReasons: evaluation.reviewReasons.map { SafeText.line($0.message(in: language)) },
                platform: platform,
                steps: Self.steps(evaluation.platform?.steps ?? [], prefix: "", evaluation: evaluation, language: language, redact: redact),
                history: historyByAccount[account.id] ?? [],
                holder: redact ? nil : account.holder.map(SafeText.line), identifier: redact ? nil : account.identifier.map(SafeText.line),
                letters: account.letters.map { LetterReport($0, today: evaluation.letters.today, redact: redact) },
                nextLetter: evaluation.letters.next)
        }
        self.platforms = facts.values.sorted { $0.id < $1.id }
    }

    private static func sentAt(_ evaluation: AccountEvaluation) -> Date? {
        let milestones = (evaluation.platform?.allSteps ?? []).filter { $0.isLeaf && $0.milestone != nil }
        return milestones.compactMap { evaluation.steps[$0.id]?.doneAt }.min()
    }

    private static func steps(
        _ steps: [Step], prefix: String, evaluation: AccountEvaluation, language: Language, redact: Bool
    ) -> [StepReport] {
        steps.enumerated().map { offset, step in
            let number = prefix + String(offset + 1)
            let state = evaluation.steps[step.id]
            return StepReport(
                id: SafeText.line(step.id), number: number, title: SafeText.line(step.title.marked(in: language)),
                done: state?.done ?? false, doneAt: state?.doneAt,
                note: redact ? nil : evaluation.account.notes[step.id].map(SafeText.block),
                optional: step.optional, anyOf: step.anyOf, milestone: step.milestone, changed: state?.changed ?? false,
                steps: Self.steps(step.steps, prefix: number + ".", evaluation: evaluation, language: language, redact: redact),
                evidence: (evaluation.account.evidence[step.id] ?? []).map { EvidenceDocument.File($0, redact: redact) })
        }
    }

    // MARK: Times

    /// "3 June 2025, 14:05 CEST (UTC+02:00)": the reader's clock in the report's language,
    /// with its offset so it is never ambiguous.
    public func localTime(_ date: Date) -> String { dates.dayTimeWithOffset(date) }

    /// Days and times said in the report's language and zone.
    public var dates: SpokenDate { SpokenDate(language, timeZone: timeZone, zoneLetters: .some(zoneLetters)) }

    /// The local time as ISO 8601 with its offset: `2025-06-03T14:05:00+02:00`.
    public func localTimestamp(_ date: Date) -> String {
        let (day, second, offset) = localParts(date)
        return "\(day)T\(Self.pad(second / 3600)):\(Self.pad(second / 60 % 60)):\(Self.pad(second % 60))\(Self.offsetText(offset))"
    }

    /// `2025-06-03T12:05:00Z`, as every file of optout writes times.
    public func utcTime(_ date: Date) -> String { Timestamp.string(date) }

    /// The local day an export is made on, for the default file name.
    public var localDay: CalendarDay { CalendarDay(generatedAt, timeZone: timeZone) }

    /// The local day, the second of that day, and the zone's offset in seconds.
    private func localParts(_ date: Date) -> (day: CalendarDay, second: Int, offset: Int) {
        let offset = timeZone.secondsFromGMT(for: date)
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        return (CalendarDay(date, timeZone: timeZone), ((seconds % 86_400) + 86_400) % 86_400, offset)
    }

    private static func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return "\(sign)\(pad(minutes / 60)):\(pad(minutes % 60))"
    }

    private static func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }
}

extension Source {
    /// An `http(s)://` address with nothing that could end a link early (spaces, `<`, `>`,
    /// backslash, backtick, quote): only such a source becomes a link; any other shows as text.
    var isPlainWebAddress: Bool {
        (url.hasPrefix("https://") || url.hasPrefix("http://"))
            && !url.unicodeScalars.contains { $0.value <= 0x20 || "<>\\`\"".unicodeScalars.contains($0) }
    }
}
