import Foundation

/// The dashboard as plain text: for `optout status`, screen readers and scripts. Words carry
/// the status (symbols only help), and every text from a file is made safe for a terminal.
public struct StatusText: Sendable {
    public var language: Language
    public var unicode: Bool
    public var timeZone: TimeZone

    public init(language: Language, unicode: Bool, timeZone: TimeZone = .current) {
        self.language = language
        self.unicode = unicode
        self.timeZone = timeZone
    }

    /// `addKey` names the key that adds an account in the full-screen view (from its binding
    /// table), for the sentence said when there is none yet.
    public func render(_ evaluations: [AccountEvaluation], addKey: String) -> String {
        let words = Words(language)
        guard !evaluations.isEmpty else {
            return words.text(.reportNoAccountsStatus, ["key": addKey])
        }
        let evaluations = AccountEvaluation.byUrgency(evaluations)
        var out = summaryLine(evaluations) + "\n"
        let reminders = evaluations.filter { $0.letters.due?.kind == .reminder }.count
        let complaints = evaluations.filter { $0.letters.due?.kind == .complaint }.count
        if reminders > 0 { out += words.plural(.reportLettersNeedReminder, count: reminders) + "\n" }
        if complaints > 0 { out += words.plural(.reportLettersNeedComplaint, count: complaints) + "\n" }
        out += "\n"
        let dates = SpokenDate(language, timeZone: timeZone)
        let rows = evaluations.map { evaluation -> [String] in
            let status = evaluation.status
            return [
                status.symbol(unicode: unicode) + " " + status.label(in: language),
                SafeText.line(evaluation.platform?.name(in: language) ?? evaluation.account.platform),
                SafeText.line(evaluation.account.label ?? "-"),
                evaluation.account.id,
                evaluation.total > 0 ? "\(evaluation.done)/\(evaluation.total)" : "-",
                evaluation.lastChange.map(dates.day) ?? "-",
            ]
        }
        let columns: [Word] = [.reportColumnStatus, .reportColumnPlatform, .reportColumnLabel, .reportColumnId, .reportColumnDone, .reportColumnChanged]
        let headers = columns.map { words.text($0) }
        out += PlainTable.render([headers] + rows)
        for evaluation in evaluations where !evaluation.reviewReasons.isEmpty {
            out += "\n" + (Words.text(.reportNeedsReview, in: language)) + evaluation.account.id + ": "
                + evaluation.reviewReasons.map { $0.message(in: language) }.joined(separator: "; ")
        }
        for evaluation in evaluations {
            guard let standing = evaluation.letters.summary(in: language) else { continue }
            out += "\n" + words.text(.reportLettersAccountLine, ["account": evaluation.account.id, "standing": standing])
        }
        return out + "\n"
    }

    public func summaryLine(_ evaluations: [AccountEvaluation]) -> String {
        // Accounts with nothing to do (no opt-out, or the platform says it does not train) are not counted.
        let counted = evaluations.filter { $0.status != .unavailable && $0.status != .notTrained }
        let settled = counted.filter { $0.status == .optedOut || $0.status == .covered }.count
        // English agrees with the total ("1 of 2 accounts"), French with the settled ("2 comptes sur 3 opposés"):
        // each file's `by` says which.
        return Words(language).plural(.reportStatusSummary, count: counted.count, ["settled": settled, "total": counted.count])
    }
}
