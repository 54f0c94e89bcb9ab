import ChecklistEngine
import Foundation

/// Dates as the views show them: local time, said in the user's language (`SpokenDate`).
enum Formatting {
    /// "7 Jun 2026", for a column.
    static func day(_ date: Date, _ state: AppState) -> String { state.dates.shortDay(date) }

    /// "7 Jun 2026 14:05", beside a step.
    static func dayTime(_ date: Date, _ state: AppState) -> String { state.dates.shortDayTime(date) }

    /// "Instagram · @marie", or the id when there is no label.
    static func accountName(_ evaluation: AccountEvaluation, glyphs: Glyphs, language: Language) -> String {
        let platform = evaluation.platform?.name(in: language) ?? evaluation.account.platform
        guard let label = evaluation.account.label else { return platform }
        return platform + " " + glyphs.separator + " " + label
    }

    /// A short sentence about the deadline and whether the opt-out reaches the past.
    static func timing(_ platform: Platform, _ state: AppState) -> String? {
        var parts: [String] = []
        if let deadline = platform.deadline {
            let day = SpokenDate.day(deadline, in: state.language)
            parts.append(state.text(.uiDetailDeadline, ["deadline": day]))
        }
        switch platform.effect {
        case .prospective: parts.append(state.text(.uiDetailFromNowOnOnly))
        case .retroactive: parts.append(state.text(.uiDetailReachesThePastToo))
        case .unknown: break
        }
        // French puts a space before « ; » (as before « : », « ? » and « ! »).
        return parts.isEmpty ? nil : parts.joined(separator: state.text(.uiDetailListSeparator))
    }
}
