import Foundation

/// How old a platform's facts are, and whether they are due for a re-check.
public enum CatalogAge {
    /// Facts of a platform without `recheck_days` are due after this many days.
    public static let defaultRecheckDays = 365

    public static func today(_ now: Date, timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current) -> CalendarDay {
        CalendarDay(now, timeZone: timeZone)
    }

    public static func days(_ platform: Platform, today: CalendarDay) -> Int {
        max(0, today.daysSinceEpoch - platform.lastVerified.daysSinceEpoch)
    }

    public static func isDue(_ platform: Platform, today: CalendarDay) -> Bool {
        days(platform, today: today) > (platform.recheckDays ?? defaultRecheckDays)
    }
}
