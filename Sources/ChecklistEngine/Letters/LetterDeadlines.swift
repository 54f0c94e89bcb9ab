/// The times the letters give. The legal month (Art. 12(3)) is counted with the account's
/// letters; the grace a reminder gives is ours, and the same number is said in the reminder
/// and used to decide when the complaint is due.
public enum LetterDeadlines {
    /// Days a reminder gives the controller before the complaint: the account's own rule
    /// (`Letter.reminderDays`), so the letter says the day the status counts.
    public static let reminderGraceDays = Letter.reminderDays

    /// The last day to answer a reminder written on `written`.
    public static func replyBy(reminderWritten written: CalendarDay) -> CalendarDay {
        let civil = CalendarDay.civil(fromDays: written.daysSinceEpoch + reminderGraceDays)
        return CalendarDay(year: civil.year, month: civil.month, day: civil.day) ?? written
    }
}
