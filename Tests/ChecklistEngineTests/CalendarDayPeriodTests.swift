import Foundation
import Testing
@testable import ChecklistEngine

/// Months as EU law counts them (Regulation 1182/71): the same date in the month after, else
/// that month's last day; and the days of a letter built on it.
@Suite struct CalendarDayPeriodTests {
    static func day(_ text: String) -> CalendarDay {
        guard let day = CalendarDay(text) else { fatalError("bad fixture day \(text)") }
        return day
    }

    @Test func aMonthEndsOnTheSameDateOrTheLastDayOfTheMonth() {
        #expect(Self.day("2026-03-15").adding(months: 1) == Self.day("2026-04-15"))
        #expect(Self.day("2027-01-31").adding(months: 1) == Self.day("2027-02-28"))
        #expect(Self.day("2028-01-31").adding(months: 1) == Self.day("2028-02-29"))
        #expect(Self.day("2027-01-28").adding(months: 1) == Self.day("2027-02-28"))
        #expect(Self.day("2027-02-28").adding(months: 1) == Self.day("2027-03-28"))
        #expect(Self.day("2028-02-29").adding(months: 1) == Self.day("2028-03-29"))
        #expect(Self.day("2026-12-31").adding(months: 1) == Self.day("2027-01-31"))
        #expect(Self.day("2026-12-15").adding(months: 1) == Self.day("2027-01-15"))
    }

    /// The 31st of every month that has one: the next month's 31st, or its last day.
    @Test(arguments: [2027, 2028])
    func everyMonthEnd(year: Int) throws {
        let leap = year == 2028
        let expected = [
            1: "\(year)-02-\(leap ? 29 : 28)", 3: "\(year)-04-30", 5: "\(year)-06-30", 7: "\(year)-08-31", 8: "\(year)-09-30",
            10: "\(year)-11-30", 12: "\(year + 1)-01-31",
        ]
        for (month, due) in expected {
            let start = try #require(CalendarDay(year: year, month: month, day: 31))
            #expect(start.adding(months: 1) == Self.day(due), "31/\(month)/\(year)")
        }
        // Every day of the year: one month later is the next month, on the same date when it has it.
        var current = try #require(CalendarDay(year: year, month: 1, day: 1))
        while current.year == year {
            let next = current.adding(months: 1)
            #expect(next.month == current.month % 12 + 1)
            #expect(next.day == min(current.day, CalendarDay.length(ofMonth: next.month, year: next.year)))
            current = current.adding(days: 1)
        }
    }

    @Test func leapYearsAsTheGregorianCalendarHasThem() {
        // 2100 is not a leap year (divisible by 100), 2000 is (by 400), 2028 is (by 4).
        #expect(Self.day("2100-01-31").adding(months: 1) == Self.day("2100-02-28"))
        #expect(Self.day("2100-01-29").adding(months: 1) == Self.day("2100-02-28"))
        #expect(Self.day("2000-01-31").adding(months: 1) == Self.day("2000-02-29"))
        #expect(Self.day("2028-01-30").adding(months: 1) == Self.day("2028-02-29"))
        #expect(CalendarDay(year: 2100, month: 2, day: 29) == nil)
        #expect(Self.day("2100-02-28").adding(days: 1) == Self.day("2100-03-01"))
        #expect(Self.day("2028-02-28").adding(days: 1) == Self.day("2028-02-29"))
        #expect(Self.day("2000-02-28").adding(days: 2) == Self.day("2000-03-01"))
    }

    @Test func monthsAndDaysBackwardsAndAcrossYears() {
        #expect(Self.day("2026-03-31").adding(months: -1) == Self.day("2026-02-28"))
        #expect(Self.day("2026-01-15").adding(months: -1) == Self.day("2025-12-15"))
        #expect(Self.day("2026-01-15").adding(months: 12) == Self.day("2027-01-15"))
        #expect(Self.day("2026-11-30").adding(months: 3) == Self.day("2027-02-28"))
        #expect(Self.day("2026-03-01").adding(days: -1) == Self.day("2026-02-28"))
        #expect(Self.day("2026-12-25").adding(days: 14) == Self.day("2027-01-08"))
        #expect(Self.day("2026-03-15").days(until: Self.day("2026-04-15")) == 31)
    }

    /// A damaged file may hold the last day optout can parse: the arithmetic goes on, no crash.
    @Test func pastTheLastParsableYear() throws {
        let last = try #require(CalendarDay(year: 9999, month: 12, day: 31))
        let later = last.adding(months: 3)
        #expect(later.description == "10000-03-31")
        #expect(later > last)
    }

    // MARK: A letter's days

    @Test func anObjectionIsDueOneMonthLaterThreeOnceExtendedInTime() {
        var objection = Letter(kind: .objection, sentOn: Self.day("2027-11-30"))
        #expect(objection.dueOn == Self.day("2027-12-30"))
        #expect(objection.extendedDueOn == nil)
        objection.extendedOn = Self.day("2027-12-30")  // the due day itself: still in time
        #expect(objection.extendedDueOn == Self.day("2028-02-29"))
        #expect(objection.answerDueOn == Self.day("2028-02-29"))
        objection.extendedOn = Self.day("2027-12-31")  // after the month: Article 12(3) says it does not count
        #expect(objection.extendedDueOn == nil)
        #expect(objection.answerDueOn == Self.day("2027-12-30"))

        let january = Letter(kind: .objection, sentOn: Self.day("2029-01-31"), extendedOn: Self.day("2029-02-01"))
        #expect(january.dueOn == Self.day("2029-02-28"))
        #expect(january.extendedDueOn == Self.day("2029-04-30"))
    }

    @Test func aReminderGivesTwoWeeksAComplaintThreeMonths() {
        #expect(Letter.reminderDays == 14)
        #expect(Letter(kind: .reminder, sentOn: Self.day("2026-04-16")).dueOn == Self.day("2026-04-30"))
        #expect(Letter(kind: .complaint, sentOn: Self.day("2026-05-31")).dueOn == Self.day("2026-08-31"))
        // Only an objection is extended.
        #expect(Letter(kind: .reminder, sentOn: Self.day("2026-04-16"), extendedOn: Self.day("2026-04-17")).extendedDueOn == nil)
    }

    @Test func lateMeansAnsweredAfterTheDayOrUnansweredPastIt() {
        let sent = Letter(kind: .objection, sentOn: Self.day("2026-03-15"))
        #expect(!sent.isLate(today: Self.day("2026-04-15")))
        #expect(sent.isLate(today: Self.day("2026-04-16")))
        var answered = sent
        answered.answeredOn = Self.day("2026-04-15")
        #expect(!answered.isLate(today: Self.day("2027-01-01")))
        answered.answeredOn = Self.day("2026-04-16")
        #expect(answered.isLate(today: Self.day("2026-04-16")))
    }
}
