/// The words of the reports in each language, in one place so the Markdown, HTML and CSV
/// writers say the same thing the same way.
struct ReportWords: Sendable {
    let language: Language

    init(_ language: Language) { self.language = language }

    func text(_ word: Word, _ values: [String: any CustomStringConvertible] = [:]) -> String {
        Words.text(word, in: language, values)
    }

    /// French puts a space before a colon.
    var colon: String { text(.reportColon) }

    var title: String { text(.reportAiTrainingOptOut) }
    var intro: String {
        text(.reportWhatYouDidTo)
    }
    var made: String { text(.reportMade) }
    var catalogRevision: String { text(.reportCatalogRevision) }
    var chainLabel: String { text(.reportChainLabel) }

    /// "312 changes, head 3f2a… ('optout verify' checks the file against it)", the head as
    /// `head` writes it in the format; or that a version 1 file is not chained yet.
    func chain(_ chain: ChainHead?, head: (String) -> String) -> String {
        guard let chain else { return text(.reportChainNotChained) }
        return Words(language).plural(.reportChainValue, count: chain.count, ["head": head(chain.head)])
            + " (" + text(.reportChainHowToCheck) + ")"
    }
    var redactedNotice: String {
        text(.reportRedactedCopyLabelsAre)
    }
    var summary: String { text(.reportSummary) }
    var status: String { text(.reportStatus) }
    var accounts: String { text(.reportAccounts) }
    var noAccounts: String {
        text(.reportNoAccounts)
    }

    var account: String { text(.reportAccount) }
    var platform: String { text(.reportPlatform) }
    var label: String { text(.reportLabel) }
    var progress: String { text(.reportProgress) }
    var coveredBy: String { text(.reportCoveredBy) }
    var added: String { text(.reportAdded) }
    var lastChange: String { text(.reportLastChange) }
    var reviewed: String { text(.reportLastReviewed) }
    var reviewBecause: String { text(.reportNeedsReviewBecause) }
    var platformMissing: String {
        text(.reportThisPlatformIsNo)
    }

    var sent: String { text(.reportRequestSent) }

    /// "6 days before the deadline (27 May 2025)": how a sending day stands to the deadline.
    func relation(sent: CalendarDay, deadline: CalendarDay) -> String {
        let days = deadline.daysSinceEpoch - sent.daysSinceEpoch
        let count = abs(days)
        let amount = Words(language).plural(.reportDayCount, count: count)
        let day = SpokenDate.day(deadline, in: language)
        if days == 0 { return text(.reportOnTheDeadlineDay, ["deadline": day]) }
        if days > 0 { return text(.reportBeforeTheDeadline, ["amount": amount, "deadline": day]) }
        return text(.reportAfterTheDeadline, ["amount": amount, "deadline": day])
    }

    /// What the deadline means when an objection only reaches forward.
    var prospectiveDeadline: String {
        text(.reportAnObjectionReceivedAfter)
    }

    var about: String { text(.reportAboutThePlatform) }
    var vendor: String { text(.reportVendor) }
    var kind: String { text(.reportKind) }
    var legalBasis: String { text(.reportLegalBasis) }
    var effect: String { text(.reportEffect) }
    var deadline: String { text(.reportDeadline) }
    var jurisdictions: String { text(.reportWhere) }
    var confidence: String { text(.reportConfidence) }
    var lastVerified: String { text(.reportLastVerified) }
    var recheck: String { text(.reportReCheckEvery) }
    func days(_ count: Int) -> String { Words(language).plural(.reportDayCount, count: count) }
    var sources: String { text(.reportSources) }

    var steps: String { text(.reportSteps) }
    var number: String { "#" }
    var stepNumber: String { text(.reportStepNumber) }
    var optionalHeader: String { text(.reportOptionalHeading) }
    var step: String { text(.reportStep) }
    var stepID: String { text(.reportStepId) }
    var done: String { text(.reportDone) }
    var when: String { text(.reportWhen) }
    var note: String { text(.reportNote) }
    var doneMark: String { text(.reportDoneMark) }
    var notDoneMark: String { text(.reportToDo) }
    var yes: String { text(.uiKeyConfirmLabel) }
    var no: String { text(.uiKeyCancelLabel) }
    var optional: String { text(.reportOptional) }
    var anyOf: String { text(.reportAnyOneRouteWill) }
    var changed: String { text(.reportChangedInTheCatalog) }
    var noSteps: String { text(.reportNothingToTickThis) }

    /// A platform without steps: a letter is the way when it has a privacy contact.
    func noStepsText(_ platform: Report.PlatformFacts?) -> String {
        platform?.contact?.published == true ? text(.reportLettersNoSwitchLetterIsTheWay) : noSteps
    }

    // MARK: Letters

    var holder: String { text(.reportLettersHolder) }
    var identifier: String { text(.reportLettersIdentifier) }
    var letters: String { text(.reportLettersHeading) }
    var nextLetter: String { text(.reportLettersNext) }
    var letterHeader: [String] {
        [text(.reportLettersColumnLetter), text(.reportLettersColumnSent), text(.reportLettersColumnDue),
         text(.reportLettersColumnExtended), text(.reportLettersColumnAnswered), text(.reportLettersColumnLate),
         text(.reportLettersColumnAnswer)]
    }

    func next(_ next: LetterStanding.NextLetter) -> String { LetterStanding.nextFrom(next, words: Words(language)) }

    /// One letter's cells under `letterHeader`, days said in the report's language (or ISO
    /// 8601 for CSV); the answer's note is left to the writer, which escapes it.
    func letterCells(_ letter: Report.LetterReport, isoDates: Bool) -> [String] {
        func day(_ day: CalendarDay) -> String { isoDates ? day.description : SpokenDate.day(day, in: language) }
        var extended = ""
        if let on = letter.extendedOn {
            extended = letter.extendedDueOn.map { text(.reportLettersExtendedUntil, ["day": day(on), "due": day($0)]) }
                ?? text(.reportLettersExtendedTooLate, ["day": day(on)])
        }
        return [letter.kind.name(in: language), day(letter.sentOn), day(letter.dueOn), extended,
                letter.answeredOn.map(day) ?? "", letter.late ? yes : no]
    }

    var history: String { text(.reportHistory) }
    var change: String { text(.reportChange) }
    var detail: String { text(.reportDetail) }
    var noHistory: String { text(.reportNoChangeRecorded) }

    var footer: String {
        text(.reportMadeByOptoutFrom)
    }

    /// "2/5" said in words: how many units of required work are done.
    func progressText(done: Int, total: Int) -> String {
        total == 0 ? "-" : text(.reportOfDone, ["done": done, "total": total])
    }

    /// Flags that qualify a step: optional, alternative routes, milestone, changed.
    func flags(_ step: Report.StepReport) -> [String] {
        var flags: [String] = []
        if step.anyOf { flags.append(anyOf) }
        if step.optional { flags.append(optional) }
        if let milestone = step.milestone { flags.append(CatalogWords.milestone(milestone, language)) }
        if step.changed { flags.append(changed) }
        return flags
    }

    /// The change a history item made: "letter sent: objection, 15 March 2026" for a letter.
    func changeText(_ item: Report.HistoryItem) -> String {
        let name = action(item.action)
        guard let letter = item.letter, let day = item.day else { return name }
        return text(.reportLettersActionWithLetter, ["action": name, "kind": letter.name(in: language), "day": SpokenDate.day(day, in: language)])
    }

    func action(_ action: HistoryEntry.Action) -> String {
        switch action {
        case .addAccount: text(.reportAccountAdded)
        case .removeAccount: text(.reportAccountRemoved)
        case .restoreAccount: text(.reportAccountRestored)
        case .relabel: text(.reportLabelChanged)
        case .tick: text(.reportStepDone)
        case .untick: text(.reportStepUndone)
        case .note: text(.reportNoteChanged)
        case .cover: text(.reportCoveredByALinked)
        case .uncover: text(.reportNoLongerCovered)
        case .review: text(.reportTicksReviewed)
        case .upgrade: text(.reportChainFileUpgraded)
        case .holder: text(.reportLettersActionHolder)
        case .identifier: text(.reportLettersActionIdentifier)
        case .letterSent: text(.reportLettersActionSent)
        case .letterExtended: text(.reportLettersActionExtended)
        case .letterAnswered: text(.reportLettersActionAnswered)
        case .restoreLetters: text(.reportLettersActionRestored)
        case .evidenceAttached: text(.reportEvidenceAttached)
        case .evidenceRemoved: text(.reportEvidenceRemoved)
        }
    }
}
