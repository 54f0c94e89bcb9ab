extension Letter.Kind {
    /// "objection", "relance", "Beschwerde": the letter as a noun, for tables and messages.
    public func name(in language: Language) -> String {
        let word: Word = switch self {
        case .objection: .reportLettersKindObjection
        case .reminder: .reportLettersKindReminder
        case .complaint: .reportLettersKindComplaint
        }
        return Words.text(word, in: language)
    }
}

extension LetterStanding {
    /// Where the letters stand, in a few words for a status line: "awaiting an answer until
    /// 15 April 2026", "the answer was due on 15 April 2026; time to send the reminder". Nil
    /// when there is no letter to speak of.
    public func summary(in language: Language) -> String? {
        let words = Words(language)
        func day(_ day: CalendarDay) -> String { SpokenDate.day(day, in: language) }
        var parts: [String] = []
        if let answeredOn {
            parts.append(words.text(.reportLettersAnsweredOn, ["day": day(answeredOn)]))
        } else if let awaitingUntil {
            parts.append(words.text(.reportLettersAwaitingUntil, ["day": day(awaitingUntil)]))
        } else if isOverdue, let answerDueOn {
            parts.append(words.text(.reportLettersAnswerWasDue, ["day": day(answerDueOn)]))
        }
        if let complainedOn { parts.append(words.text(.reportLettersComplaintSent, ["day": day(complainedOn)])) }
        // While the answer is awaited the reminder is plainly for later: not said.
        if let next, awaitingUntil == nil {
            if next.from > today {
                parts.append(Self.nextFrom(next, words: words))
            } else {
                parts.append(words.text(next.kind == .complaint ? .reportLettersTimeForComplaint : .reportLettersTimeForReminder))
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: words.text(.reportLettersSeparator))
    }

    /// "reminder from 16 April 2026".
    public static func nextFrom(_ next: NextLetter, words: Words) -> String {
        let day = SpokenDate.day(next.from, in: words.language)
        return switch next.kind {
        case .complaint: words.text(.reportLettersComplaintFrom, ["day": day])
        // The next letter is never an objection (that one starts the route).
        case .objection, .reminder: words.text(.reportLettersReminderFrom, ["day": day])
        }
    }
}
