/// Where an account's letters stand on one day: whether the controller's answer is awaited
/// and until when, whether it is late, and which letter comes next and from when. The status,
/// the reports, the full-screen view and the letters themselves all ask this one value.
///
/// The letters that count are those since the last objection (an objection sent again, after
/// an answer, starts over); before any objection, the reminders recorded on their own.
public struct LetterStanding: Sendable, Equatable {
    /// The letter to send next, and the first day it is due.
    public struct NextLetter: Codable, JSONRecord, Sendable, Equatable {
        public var kind: Letter.Kind
        public var from: CalendarDay

        public init(kind: Letter.Kind, from: CalendarDay) {
            self.kind = kind
            self.from = from
        }
    }

    /// The day standing is computed for (the user's local day).
    public var today: CalendarDay
    /// A letter to the controller went out (the `submitted` milestone of the letter route).
    public var isSent: Bool
    /// The day the controller's answer is due: the objection's (extended when it said so in
    /// time), else the reminder's; nil when no letter went to the controller.
    public var answerDueOn: CalendarDay?
    /// The day the controller answered (the `confirmed` milestone of the letter route).
    public var answeredOn: CalendarDay?
    /// The day the complaint went to an authority, after the last objection.
    public var complainedOn: CalendarDay?
    /// What to send next; nil before any letter, after an answer, and once the complaint is sent.
    public var next: NextLetter?

    public init(letters: [Letter], today: CalendarDay) {
        self.today = today
        let start = letters.lastIndex { $0.kind == .objection } ?? letters.startIndex
        let round = letters[start...]
        let toController = round.filter(\.kind.goesToController)
        let objection = round.first { $0.kind == .objection }
        let reminder = round.last { $0.kind == .reminder }
        isSent = !toController.isEmpty
        answerDueOn = objection?.answerDueOn ?? reminder?.dueOn
        answeredOn = toController.compactMap(\.answeredOn).min()
        complainedOn = round.last { $0.kind == .complaint }?.sentOn
        if answeredOn != nil || complainedOn != nil || answerDueOn == nil {
            next = nil
        } else if let reminder {
            let after = max(reminder.dueOn, answerDueOn ?? reminder.dueOn)
            next = NextLetter(kind: .complaint, from: after.adding(days: 1))
        } else if let answerDueOn {
            next = NextLetter(kind: .reminder, from: answerDueOn.adding(days: 1))
        }
    }

    /// No letter: nothing to say.
    public static func none(today: CalendarDay) -> LetterStanding { LetterStanding(letters: [], today: today) }

    /// The due day passed with no answer from the controller.
    public var isOverdue: Bool {
        guard answeredOn == nil, let answerDueOn else { return false }
        return today > answerDueOn
    }

    /// The answer is awaited until this day (nil when it came, or its day has passed).
    public var awaitingUntil: CalendarDay? {
        guard answeredOn == nil, let answerDueOn, today <= answerDueOn else { return nil }
        return answerDueOn
    }

    /// The next letter, when its day has come: what the user should do now.
    public var due: NextLetter? {
        guard let next, next.from <= today else { return nil }
        return next
    }
}
