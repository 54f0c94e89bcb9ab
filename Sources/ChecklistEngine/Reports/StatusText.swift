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

    public func render(_ evaluations: [AccountEvaluation]) -> String {
        let fr = language == .fr
        guard !evaluations.isEmpty else {
            return fr
                ? "Aucun compte suivi pour l'instant. Ajoutez-en un avec « optout accounts add PLATEFORME » (ou touche a dans « optout »).\n"
                : "No accounts tracked yet. Add one with 'optout accounts add PLATFORM' (or the a key in 'optout').\n"
        }
        var out = summaryLine(evaluations) + "\n\n"
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
        let headers = fr ? ["STATUT", "PLATEFORME", "LIBELLÉ", "ID", "FAIT", "MODIFIÉ"]
            : ["STATUS", "PLATFORM", "LABEL", "ID", "DONE", "CHANGED"]
        out += PlainTable.render([headers] + rows)
        for evaluation in evaluations where !evaluation.reviewReasons.isEmpty {
            out += "\n" + (fr ? "À revoir, " : "Needs review, ") + evaluation.account.id + ": "
                + evaluation.reviewReasons.map { $0.message(in: language) }.joined(separator: "; ")
        }
        return out + "\n"
    }

    public func summaryLine(_ evaluations: [AccountEvaluation]) -> String {
        // Accounts with nothing to do (no opt-out, or the platform says it does not train) are not counted.
        let counted = evaluations.filter { $0.status != .unavailable && $0.status != .notTrained }
        let settled = counted.filter { $0.status == .optedOut || $0.status == .covered }.count
        if language == .fr {
            return "\(settled) compte\(settled > 1 ? "s" : "") sur \(counted.count) opposé\(settled > 1 ? "s" : "") ou couvert\(settled > 1 ? "s" : "")"
        }
        return "\(settled) of \(counted.count) account\(counted.count == 1 ? "" : "s") opted out or covered"
    }
}
