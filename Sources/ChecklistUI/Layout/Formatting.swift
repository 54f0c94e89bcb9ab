import ChecklistEngine
import Foundation

/// Dates as the views show them: local time, numeric, the same in both languages.
enum Formatting {
    static func day(_ date: Date, _ state: AppState) -> String {
        CalendarDay(date, timeZone: state.timeZone).description
    }

    static func dayTime(_ date: Date, _ state: AppState) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + state.timeZone.secondsFromGMT(for: date)
        let minutes = ((seconds % 86_400) + 86_400) % 86_400 / 60
        let hh = minutes / 60, mm = minutes % 60
        return day(date, state) + " " + (hh < 10 ? "0" : "") + "\(hh):" + (mm < 10 ? "0" : "") + "\(mm)"
    }

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
            parts.append(state.text(.uiDetailDeadline, ["deadline": deadline]))
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
