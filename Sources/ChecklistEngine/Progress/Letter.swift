/// A letter the user sent about an account: the objection to the controller (GDPR Article
/// 21(1)), the reminder once its month has passed, or the complaint to a supervisory authority
/// (Article 77). Days, not times: the law counts days, and for a postal letter the user may
/// give the day it was received instead of the day it was posted.
public struct Letter: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case objection
        case reminder
        case complaint

        /// Whether it goes to the controller (the platform's privacy contact) rather than to
        /// an authority.
        public var goesToController: Bool { self != .complaint }
    }

    public var kind: Kind
    /// The day it went out (or arrived).
    public var sentOn: CalendarDay
    /// The day the controller said it needs two more months (Article 12(3)); objections only.
    public var extendedOn: CalendarDay?
    /// The day an answer came.
    public var answeredOn: CalendarDay?
    /// What the answer said, in the user's words.
    public var note: String?

    public init(kind: Kind, sentOn: CalendarDay, extendedOn: CalendarDay? = nil, answeredOn: CalendarDay? = nil, note: String? = nil) {
        self.kind = kind
        self.sentOn = sentOn
        self.extendedOn = extendedOn
        self.answeredOn = answeredOn
        self.note = note
    }

    /// The further time a reminder gives, in days. The month of Article 12(3) has already
    /// passed when it is sent, so it asks for an answer within a short time, two weeks, and
    /// says a complaint follows; the law sets no figure for it, this is optout's choice, the
    /// same in the letter (`LetterComposer`) and in the dates.
    public static let reminderDays = 14

    /// Months an authority has to tell the person how the complaint is going (Article 78(2)).
    public static let complaintMonths = 3

    /// The day the answer is due, before any extension: one month for an objection
    /// (Article 12(3)), `reminderDays` for a reminder, `complaintMonths` for a complaint.
    public var dueOn: CalendarDay {
        switch kind {
        case .objection: sentOn.adding(months: 1)
        case .reminder: sentOn.adding(days: Self.reminderDays)
        case .complaint: sentOn.adding(months: Self.complaintMonths)
        }
    }

    /// Three months from the day it was sent, when the controller said within the first month
    /// that it extends (Article 12(3): "by two further months", said "within one month of
    /// receipt"); nil otherwise. An extension said after the month does not move the day.
    public var extendedDueOn: CalendarDay? {
        guard kind == .objection, let extendedOn, extendedOn <= dueOn else { return nil }
        return sentOn.adding(months: 3)
    }

    /// The day the answer is due, extension included.
    public var answerDueOn: CalendarDay { extendedDueOn ?? dueOn }

    /// The answer came after its day, or has not come and its day has passed by `today`.
    public func isLate(today: CalendarDay) -> Bool {
        (answeredOn ?? today) > answerDueOn
    }
}
