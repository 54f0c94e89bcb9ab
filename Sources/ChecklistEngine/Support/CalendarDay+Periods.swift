import Foundation

/// Periods as EU law counts them (Regulation (EEC, Euratom) No 1182/71, Article 3(2)(c)): a
/// period of months ends on the day of the last month with the same date as the day it runs
/// from, or on that month's last day when the month has no such date. Sent on 15 March, due
/// 15 April; on 31 January, due 28 February (29 in a leap year).
///
/// Article 3(4) moves an end that falls on a Saturday, Sunday or public holiday to the next
/// working day; holidays differ by country, so optout gives the day before that move (the
/// earliest the answer can be called late), and says so in the documentation.
extension CalendarDay {
    /// The day `months` months later (earlier when negative), by the rule above.
    public func adding(months: Int) -> CalendarDay {
        let index = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (Self.floorDivide(index, 12), Self.floorModulo(index, 12) + 1)
        return CalendarDay(checkedYear: newYear, month: newMonth, day: min(day, Self.length(ofMonth: newMonth, year: newYear)))
    }

    /// The day `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDay {
        let (year, month, day) = Self.civil(fromDays: daysSinceEpoch + days)
        return CalendarDay(checkedYear: year, month: month, day: day)
    }

    /// Days from `self` to `other` (negative when `other` is earlier).
    public func days(until other: CalendarDay) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    /// The number of days of `month` (1...12) in `year`, Gregorian leap years included.
    public static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// The GDPR applies from this day (Article 99(2)): no letter under it is older.
    public static let gdprApplies = CalendarDay(checkedYear: 2018, month: 5, day: 25)

    /// A day already known to exist (its parts come from arithmetic on a valid day). Unlike
    /// `init?(year:month:day:)` it takes years past 9999, which a damaged file plus a few
    /// months can reach; such a day is still ordered and printed correctly.
    init(checkedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
    private static func floorModulo(_ a: Int, _ b: Int) -> Int { a - floorDivide(a, b) * b }
}
