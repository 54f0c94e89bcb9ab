import Foundation

/// How old a platform's facts are, and whether they are due for a re-check.
public enum CatalogAge {
    /// Facts of a platform without `recheck_days` are due after this many days.
    public static let defaultRecheckDays = 365

    public static func today(_ now: Date, timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current) -> CalendarDay {
        CalendarDay(now, timeZone: timeZone)
    }

    /// The oldest `last_verified` among the platform's facts: its own, its steps', its contact's.
    /// (A statement has no date of its own checking: it is checked with the platform.)
    public static func oldestVerified(_ platform: Platform) -> CalendarDay {
        let dates = [platform.lastVerified, platform.contact?.lastVerified].compactMap { $0 }
            + platform.allSteps.compactMap(\.lastVerified)
        return dates.min() ?? platform.lastVerified
    }

    /// Days since the oldest of its facts was checked.
    public static func days(_ platform: Platform, today: CalendarDay) -> Int {
        max(0, today.daysSinceEpoch - oldestVerified(platform).daysSinceEpoch)
    }

    public static func isDue(_ platform: Platform, today: CalendarDay) -> Bool {
        days(platform, today: today) > (platform.recheckDays ?? defaultRecheckDays)
    }
}
